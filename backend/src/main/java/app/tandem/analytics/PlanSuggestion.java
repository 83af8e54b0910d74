package app.tandem.analytics;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import app.tandem.goals.Metric;
import app.tandem.people.Employee;

/**
 * The reverse funnel for a turnover target, how it splits into personal plans, and what
 * applying it would change against the targets set now. GraphQL reads the accessor
 * methods.
 */
record PlanSuggestion(YearMonth period, BigDecimal turnoverTarget, PlanHistory history, ReverseFunnel funnel,
		List<PlanShare> split, BigDecimal grossMarginTarget, List<PlanTargetChange> changes) {

	/** One person's part of the plan. */
	record PlanShare(Employee employee, Metric metric, Double share, BigDecimal target) {
	}

	/** One target applying it would set: {@code employee} null for the shared goal. */
	record PlanTargetChange(Employee employee, Metric metric, BigDecimal current, BigDecimal proposed) {
	}

	public YearMonth historyFrom() {
		return this.history.first();
	}

	public YearMonth historyTo() {
		return this.history.last();
	}

	public boolean hasHistory() {
		return this.funnel.assumptions().averageDeal() != null;
	}

	public BigDecimal averageDeal() {
		return this.funnel.assumptions().averageDeal();
	}

	public Double dealsPerLead() {
		BigDecimal rate = this.funnel.assumptions().dealsPerLead();
		return rate == null ? null : rate.doubleValue();
	}

	public Double leadConversion() {
		return dealsPerLead();
	}

	public Double conversion() {
		BigDecimal conversion = this.funnel.assumptions().conversion();
		return conversion == null ? null : conversion.doubleValue();
	}

	public BigDecimal costPerLead() {
		return this.funnel.assumptions().costPerLead();
	}

	public Double marginPercent() {
		BigDecimal margin = this.funnel.assumptions().marginPercent();
		return margin == null ? null : margin.doubleValue();
	}

	public Long requiredDeals() {
		return this.funnel.requirements().deals();
	}

	public Long requiredLeads() {
		return this.funnel.requirements().leads();
	}

	public BigDecimal requiredBudget() {
		return this.funnel.requirements().budget();
	}

	public BigDecimal expectedMargin() {
		return this.funnel.requirements().margin();
	}

}
