package app.tandem.analytics;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import app.tandem.goals.Metric;
import app.tandem.people.Employee;

/**
 * The reverse funnel for a turnover target: from the last three closed months' average deal,
 * conversion, cost per lead and margin %, the deals, leads, budget and margin the target needs,
 * and how it splits into personal plans.
 */
record PlanSuggestion(YearMonth period, BigDecimal turnoverTarget, YearMonth historyFrom, YearMonth historyTo,
		boolean hasHistory, BigDecimal averageDeal, BigDecimal conversionExact, BigDecimal costPerLead,
		BigDecimal marginPercentExact, Long requiredDeals, Long requiredLeads, BigDecimal requiredBudget,
		BigDecimal expectedMargin, List<PlanShare> split) {

	public Double leadConversion() {
		return this.conversionExact == null ? null : this.conversionExact.doubleValue();
	}

	public Double marginPercent() {
		return this.marginPercentExact == null ? null : this.marginPercentExact.doubleValue();
	}

	/** Everything the baseline of the variance decomposition needs is known. */
	boolean complete() {
		return this.requiredLeads != null && this.marginPercentExact != null;
	}

	/** One person's part of the plan. */
	record PlanShare(Employee employee, Metric metric, Double share, BigDecimal target) {
	}

}
