package app.tandem.goals;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to plans for the KPI engine; callers have already checked who may see what.
 */
@Component
@Transactional(readOnly = true)
public class PlanBook {

	private final SharedGoalRepository goals;

	private final PersonalPlanRepository plans;

	PlanBook(SharedGoalRepository goals, PersonalPlanRepository plans) {
		this.goals = goals;
		this.plans = plans;
	}

	public Optional<SharedGoal> goal(YearMonth period) {
		return this.goals.findByMonth(period.toString());
	}

	/**
	 * The shared goal of several months: their targets summed (months without a goal add
	 * nothing); empty when none has one. Not a stored record: its version means nothing.
	 */
	public Optional<SharedGoal> goal(YearMonth from, YearMonth to) {
		if (from.equals(to)) {
			return goal(from);
		}
		List<SharedGoal> goals = this.goals.findByMonthBetween(from.toString(), to.toString());
		if (goals.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(SharedGoal.sum(from,
				goals.stream().map(SharedGoal::getTurnoverTarget).reduce(BigDecimal.ZERO, BigDecimal::add),
				goals.stream().map(SharedGoal::getGrossMarginTarget).reduce(BigDecimal.ZERO, BigDecimal::add)));
	}

	/**
	 * employee id → metric → target over several months: additive targets summed; a ratio
	 * target (cost per lead, conversion) is the average of the months that have one.
	 */
	public Map<Long, Map<Metric, BigDecimal>> targets(YearMonth from, YearMonth to) {
		if (from.equals(to)) {
			return targets(from);
		}
		Map<Long, Map<Metric, List<BigDecimal>>> all = new HashMap<>();
		for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
			targets(month).forEach((employee, byMetric) -> byMetric
				.forEach((metric, target) -> all.computeIfAbsent(employee, (e) -> new HashMap<>())
					.computeIfAbsent(metric, (m) -> new java.util.ArrayList<>())
					.add(target)));
		}
		Map<Long, Map<Metric, BigDecimal>> targets = new HashMap<>();
		all.forEach((employee, byMetric) -> byMetric.forEach((metric, values) -> {
			BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			BigDecimal target = metric.additive() ? sum : PlanTargets.scaled(metric,
					sum.divide(BigDecimal.valueOf(values.size()), 8, java.math.RoundingMode.HALF_UP));
			targets.computeIfAbsent(employee, (e) -> new HashMap<>()).put(metric, target);
		}));
		return targets;
	}

	/** employee id → metric → target for the month. */
	public Map<Long, Map<Metric, BigDecimal>> targets(YearMonth period) {
		Map<Long, Map<Metric, BigDecimal>> targets = new HashMap<>();
		for (PersonalPlan plan : this.plans.findByMonthOrderByEmployeeIdAscMetricAsc(period.toString())) {
			targets.computeIfAbsent(plan.getEmployeeId(), (id) -> new HashMap<>())
				.put(plan.getMetric(), plan.getTarget());
		}
		return targets;
	}

}
