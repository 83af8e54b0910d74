package app.tandem.kpi;

/**
 * Leads created in a period and what became of them: {@code converted} have a deal (the
 * conversion's numerator), {@code won} are marked WON, {@code notTarget} are NOT_TARGET
 * marks that stand (no open dispute), {@code contested} those under an open dispute.
 */
public record LeadCounts(long leads, long assigned, long won, long closed, long notTarget, long contested,
		long converted) {

	public static final LeadCounts NONE = new LeadCounts(0, 0, 0, 0, 0, 0, 0);

	public LeadCounts plus(LeadCounts other) {
		return new LeadCounts(this.leads + other.leads, this.assigned + other.assigned, this.won + other.won,
				this.closed + other.closed, this.notTarget + other.notTarget, this.contested + other.contested,
				this.converted + other.converted);
	}

}
