package app.tandem.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.tandem.analytics.PlanSuggestion.PlanShare;
import app.tandem.goals.Metric;
import app.tandem.kpi.DealTotals;
import app.tandem.people.Employee;
import app.tandem.people.Position;

/**
 * A plan from the goal split into personal targets for every KPI of every active person's
 * position, by each person's share of the history (largest remainder, so the parts add
 * up). Someone without history in a metric (a newcomer) weighs as much as the average
 * colleague who has some, rather than getting no plan; without any history the split is
 * even.
 */
final class PlanSplit {

	private final List<Employee> people;

	private final PlanHistory history;

	private final ReverseFunnel funnel;

	private final BigDecimal turnover;

	private final List<PlanShare> shares = new ArrayList<>();

	private PlanSplit(List<Employee> people, PlanHistory history, ReverseFunnel funnel, BigDecimal turnover) {
		this.people = people.stream()
			.filter((e) -> e.isActive() && e.getPosition() != null)
			.sorted(Comparator.comparing(Employee::getId))
			.toList();
		this.history = history;
		this.funnel = funnel;
		this.turnover = turnover;
	}

	static List<PlanShare> of(List<Employee> people, PlanHistory history, ReverseFunnel funnel, BigDecimal turnover) {
		return new PlanSplit(people, history, funnel, turnover).split();
	}

	private List<PlanShare> split() {
		Map<Long, DealTotals> sales = this.history.salesByPerson();
		List<Employee> sellers = holding(Position.HUNTER, Position.FARMER);
		divide(sellers, Metric.TURNOVER, this.turnover, weights(sellers, (id) -> revenue(sales, id)), 2);
		BigDecimal margin = this.funnel.requirements().margin();
		if (margin != null && margin.signum() > 0) {
			divide(sellers, Metric.GROSS_MARGIN, margin,
					weights(sellers, (id) -> sales.getOrDefault(id, DealTotals.NONE).margin()), 2);
		}
		BigDecimal growth = growth();
		List<Employee> hunters = holding(Position.HUNTER);
		countsGrown(hunters, Metric.NEW_CLIENTS, this.history.newClientsByPerson(), growth);
		List<Employee> farmers = holding(Position.FARMER);
		countsGrown(farmers, Metric.ACTIVE_CLIENTS, this.history.activeClientsByPerson(), growth);
		List<Employee> marketers = holding(Position.MARKETER);
		Long leads = this.funnel.requirements().leads();
		if (leads != null && leads > 0) {
			Map<Long, BigDecimal> byMarketer = this.history.leadsByMarketer();
			divide(marketers, Metric.LEADS, BigDecimal.valueOf(leads),
					weights(marketers, (id) -> byMarketer.getOrDefault(id, BigDecimal.ZERO)), 0);
		}
		BigDecimal costPerLead = this.funnel.assumptions().costPerLead();
		BigDecimal conversion = this.funnel.assumptions().conversion();
		for (Employee marketer : marketers) {
			if (costPerLead != null && costPerLead.signum() > 0) {
				this.shares.add(new PlanShare(marketer, Metric.COST_PER_LEAD, null, costPerLead));
			}
			if (conversion != null && conversion.signum() > 0) {
				this.shares.add(new PlanShare(marketer, Metric.LEAD_CONVERSION, null, conversion));
			}
		}
		return this.shares;
	}

	/**
	 * How much bigger the target is than an average month of the history; null without
	 * history turnover.
	 */
	private BigDecimal growth() {
		BigDecimal monthly = this.history.closedDeals()
			.revenue()
			.divide(BigDecimal.valueOf(PlanHistory.MONTHS), 8, RoundingMode.HALF_UP);
		return monthly.signum() > 0 ? this.turnover.divide(monthly, 8, RoundingMode.HALF_UP) : null;
	}

	/**
	 * A count KPI (new or active clients): the history's monthly average grown with the
	 * target, rounded up.
	 */
	private void countsGrown(List<Employee> holders, Metric metric, Map<Long, BigDecimal> history, BigDecimal growth) {
		BigDecimal total = holders.stream()
			.map((e) -> history.getOrDefault(e.getId(), BigDecimal.ZERO))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		if (growth == null || total.signum() == 0) {
			return;
		}
		BigDecimal needed = total.multiply(growth)
			.divide(BigDecimal.valueOf(PlanHistory.MONTHS), 0, RoundingMode.CEILING);
		divide(holders, metric, needed, weights(holders, (id) -> history.getOrDefault(id, BigDecimal.ZERO)), 0);
	}

	private void divide(List<Employee> holders, Metric metric, BigDecimal total, Map<Long, BigDecimal> weights,
			int scale) {
		Map<Long, BigDecimal> split = Splits.split(total, weights, scale);
		for (Employee e : holders) {
			BigDecimal target = split.get(e.getId());
			if (target != null && target.signum() > 0) {
				this.shares
					.add(new PlanShare(e, metric, target.divide(total, 6, RoundingMode.HALF_UP).doubleValue(), target));
			}
		}
	}

	/**
	 * Each holder's weight; a zero weight (no history) becomes the average of the
	 * positive ones.
	 */
	private static Map<Long, BigDecimal> weights(List<Employee> holders,
			java.util.function.Function<Long, BigDecimal> weight) {
		Map<Long, BigDecimal> weights = new LinkedHashMap<>();
		holders.forEach((e) -> weights.put(e.getId(), weight.apply(e.getId()).max(BigDecimal.ZERO)));
		List<BigDecimal> positive = weights.values().stream().filter((w) -> w.signum() > 0).toList();
		if (!positive.isEmpty() && positive.size() < weights.size()) {
			BigDecimal average = positive.stream()
				.reduce(BigDecimal.ZERO, BigDecimal::add)
				.divide(BigDecimal.valueOf(positive.size()), 8, RoundingMode.HALF_UP);
			weights.replaceAll((id, w) -> w.signum() > 0 ? w : average);
		}
		return weights;
	}

	private List<Employee> holding(Position... positions) {
		List<Position> wanted = List.of(positions);
		return this.people.stream().filter((e) -> wanted.contains(e.getPosition())).toList();
	}

	private static BigDecimal revenue(Map<Long, DealTotals> sales, long id) {
		return sales.getOrDefault(id, DealTotals.NONE).revenue();
	}

}
