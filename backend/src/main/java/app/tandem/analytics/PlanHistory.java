package app.tandem.analytics;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.tandem.kpi.DealTotals;
import app.tandem.kpi.LeadCounts;
import app.tandem.kpi.PeriodFigures;

/**
 * The three closed months a plan from the goal learns from, month by month (active
 * clients are distinct per month, so they cannot be summed over a range), with their
 * sums.
 */
record PlanHistory(YearMonth first, YearMonth last, List<PeriodFigures> months) {

	static final int MONTHS = 3;

	LeadCounts leads() {
		return this.months.stream().map((m) -> m.leads().total()).reduce(LeadCounts.NONE, LeadCounts::plus);
	}

	BigDecimal spend() {
		return this.months.stream().map((m) -> m.spend().total()).reduce(DealTotals.NONE.revenue(), BigDecimal::add);
	}

	DealTotals closedDeals() {
		return this.months.stream().map((m) -> m.deals().closed()).reduce(DealTotals.NONE, DealTotals::plus);
	}

	DealTotals leadSourcedDeals() {
		return this.months.stream().map((m) -> m.deals().leadSourced()).reduce(DealTotals.NONE, DealTotals::plus);
	}

	/** salesperson → their deals closed in the three months. */
	Map<Long, DealTotals> salesByPerson() {
		Map<Long, DealTotals> sales = new HashMap<>();
		this.months.forEach((m) -> m.deals()
			.bySalesperson()
			.forEach((id, counts) -> sales.merge(id, counts.deals(), DealTotals::plus)));
		return sales;
	}

	/** marketer → their leads of the three months. */
	Map<Long, BigDecimal> leadsByMarketer() {
		return sum((m, into) -> m.leads()
			.byMarketer()
			.forEach((id, c) -> into.merge(id, BigDecimal.valueOf(c.leads()), BigDecimal::add)));
	}

	/** salesperson → new clients in the three months. */
	Map<Long, BigDecimal> newClientsByPerson() {
		return sum((m, into) -> m.deals()
			.newClientsBySalesperson()
			.forEach((id, n) -> into.merge(id, BigDecimal.valueOf(n), BigDecimal::add)));
	}

	/**
	 * salesperson → repeat (active) clients, summed over the months (a client counts once
	 * per month).
	 */
	Map<Long, BigDecimal> activeClientsByPerson() {
		return sum((m, into) -> m.deals()
			.bySalesperson()
			.forEach((id, c) -> into.merge(id, BigDecimal.valueOf(c.activeClients()), BigDecimal::add)));
	}

	private Map<Long, BigDecimal> sum(java.util.function.BiConsumer<PeriodFigures, Map<Long, BigDecimal>> add) {
		Map<Long, BigDecimal> sums = new HashMap<>();
		this.months.forEach((m) -> add.accept(m, sums));
		return sums;
	}

}
