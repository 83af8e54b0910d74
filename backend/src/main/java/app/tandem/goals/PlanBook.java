package app.tandem.goals;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Read access to plans for the KPI engine; callers have already checked who may see what. */
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

	/** employee id → metric → target for the month. */
	public Map<Long, Map<Metric, BigDecimal>> targets(YearMonth period) {
		Map<Long, Map<Metric, BigDecimal>> targets = new HashMap<>();
		for (PersonalPlan plan : this.plans.findByMonthOrderByEmployeeIdAscMetricAsc(period.toString())) {
			targets.computeIfAbsent(plan.getEmployeeId(), (id) -> new HashMap<>()).put(plan.getMetric(), plan.getTarget());
		}
		return targets;
	}

}
