package app.tandem.imports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import app.tandem.records.LeadStatus;
import app.tandem.records.LostReason;

/**
 * What one file row asks Tandem to hold, in Tandem's terms (ids, statuses, exact money).
 * {@code columns} names, for each record field, the file's column it came from, so an
 * error the records module reports about a field points at the right column.
 */
sealed interface PlannedRow {

	Map<String, String> columns();

	/** A lead, its outcome and, when won, its deal. */
	record LeadRow(String externalId, Instant createdAt, long channelId, long marketerId, Long assigneeId,
			LeadStatus status, LostReason lostReason, Sale sale, Map<String, String> columns) implements PlannedRow {
	}

	/**
	 * A deal on its own (tandem-deals), optionally on the lead with
	 * {@code leadExternalId}.
	 */
	record DealRow(Sale sale, String leadExternalId, Map<String, String> columns) implements PlannedRow {
	}

	/**
	 * A day's spend on a channel; {@code key} identifies the row across imports (it has
	 * no external id).
	 */
	record SpendRow(String key, long channelId, long marketerId, LocalDate day, BigDecimal amount,
			Map<String, String> columns) implements PlannedRow {
	}

	/**
	 * A won sale: the deal a WON row records, and its client by name (found or created).
	 */
	record Sale(String externalId, String clientName, long salespersonId, LocalDate closedOn, BigDecimal revenue,
			BigDecimal cost) {
	}

}
