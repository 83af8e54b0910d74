package app.tandem.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;

import app.tandem.kpi.DealTotals;
import app.tandem.kpi.LeadCounts;

/**
 * The reverse funnel (SPEC §4): from the history's average deal, deals per lead, cost per
 * lead and margin %, what a turnover target needs. Undefined where the history has
 * nothing to divide by.
 */
record ReverseFunnel(Assumptions assumptions, Requirements requirements) {

	/**
	 * What the three months say; {@code conversion} is the cohort share of their leads
	 * with a deal.
	 */
	record Assumptions(BigDecimal averageDeal, BigDecimal dealsPerLead, BigDecimal conversion, BigDecimal costPerLead,
			BigDecimal marginPercent) {
	}

	/** What the target needs. */
	record Requirements(Long deals, Long leads, BigDecimal budget, BigDecimal margin) {
	}

	static ReverseFunnel of(PlanHistory history, BigDecimal target) {
		LeadCounts leads = history.leads();
		DealTotals all = history.closedDeals();
		DealTotals fromLeads = history.leadSourcedDeals();
		BigDecimal averageDeal = all.count() > 0 && all.revenue().signum() > 0
				? all.revenue().divide(BigDecimal.valueOf(all.count()), 2, RoundingMode.HALF_UP) : null;
		BigDecimal dealsPerLead = leads.leads() > 0 && fromLeads.count() > 0
				? ratio(fromLeads.count(), leads.leads(), 8) : null;
		BigDecimal conversion = leads.leads() > 0 ? ratio(leads.converted(), leads.leads(), 4) : null;
		BigDecimal costPerLead = leads.leads() > 0
				? history.spend().divide(BigDecimal.valueOf(leads.leads()), 2, RoundingMode.HALF_UP) : null;
		BigDecimal marginPercent = all.revenue().signum() > 0
				? all.margin().divide(all.revenue(), 8, RoundingMode.HALF_UP) : null;
		Long deals = averageDeal == null ? null : target.divide(averageDeal, 0, RoundingMode.CEILING).longValueExact();
		// From the counts, not the rounded rate: ⌈deals × leads / lead-sourced deals⌉.
		Long requiredLeads = deals == null || dealsPerLead == null ? null
				: BigDecimal.valueOf(deals * leads.leads())
					.divide(BigDecimal.valueOf(fromLeads.count()), 0, RoundingMode.CEILING)
					.longValueExact();
		BigDecimal budget = requiredLeads == null || costPerLead == null ? null
				: costPerLead.multiply(BigDecimal.valueOf(requiredLeads));
		BigDecimal margin = marginPercent == null ? null
				: target.multiply(all.margin()).divide(all.revenue(), 2, RoundingMode.HALF_UP);
		return new ReverseFunnel(new Assumptions(averageDeal, dealsPerLead, conversion, costPerLead, marginPercent),
				new Requirements(deals, requiredLeads, budget, margin));
	}

	private static BigDecimal ratio(long part, long whole, int scale) {
		return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), scale, RoundingMode.HALF_UP);
	}

	/** Everything the baseline of the variance decomposition needs is known. */
	boolean complete() {
		return this.requirements.leads() != null && this.assumptions.marginPercent() != null;
	}

}
