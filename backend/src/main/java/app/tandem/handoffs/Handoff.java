package app.tandem.handoffs;

import org.jspecify.annotations.Nullable;

/**
 * One marketer × salesperson pair's hand-overs of a month's leads (SPEC §12): counts and
 * medians that both departments read the same way, with no individual lead.
 */
public record Handoff(long marketerId, long salespersonId, int leads, int won, int lostNotTarget, int contested,
		int overturned, @Nullable Double medianHoursToAssign, @Nullable Double medianHoursToClose) {
}
