package app.tandem.kpi;

/**
 * The raw sums of one period (or span of months), aggregated in SQL: the one source of
 * every lead, spend and deal figure. KPIs, the funnel, the channel table, the conversion
 * matrix, the gap by cause and the plan from the goal are all derived from these.
 */
public record PeriodFigures(LeadFigures leads, SpendFigures spend, DealFigures deals) {

	/** Whether this person has any number at all in the period. */
	public boolean involves(long employee) {
		return this.leads.byMarketer().containsKey(employee) || this.spend.byMarketer().containsKey(employee)
				|| this.deals.attributedByMarketer().containsKey(employee)
				|| this.deals.bySalesperson().containsKey(employee)
				|| this.deals.newClientsBySalesperson().containsKey(employee);
	}

}
