package app.tandem.analytics;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.tandem.analytics.PlanSuggestion.PlanShare;
import app.tandem.analytics.PlanSuggestion.PlanTargetChange;
import app.tandem.goals.GoalService;
import app.tandem.goals.GoalService.PlannedTarget;
import app.tandem.goals.Metric;
import app.tandem.goals.PlanBook;
import app.tandem.goals.SharedGoal;
import app.tandem.kpi.KpiQueries;
import app.tandem.kpi.PeriodFigures;
import app.tandem.people.EmployeeDirectory;
import app.tandem.people.Viewer;
import app.tandem.people.Viewers;
import app.tandem.shared.CompanyCalendar;
import app.tandem.shared.InputCheck;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plan from the goal (SPEC §4): the reverse funnel from a turnover target, and applying
 * it as the shared goal plus every personal KPI plan, split by each person's share of the
 * last three closed months. The suggestion lists exactly what applying it changes; closed
 * months are refused.
 */
@Service
public class PlanFromGoalService {

	private final KpiQueries queries;

	private final EmployeeDirectory people;

	private final GoalService goals;

	private final PlanBook plans;

	private final PlanBaselineRepository baselines;

	private final Viewers viewers;

	private final CompanyCalendar calendar;

	PlanFromGoalService(KpiQueries queries, EmployeeDirectory people, GoalService goals, PlanBook plans,
			PlanBaselineRepository baselines, Viewers viewers, CompanyCalendar calendar) {
		this.queries = queries;
		this.people = people;
		this.goals = goals;
		this.plans = plans;
		this.baselines = baselines;
		this.viewers = viewers;
		this.calendar = calendar;
	}

	@Transactional(readOnly = true)
	public PlanSuggestion suggest(YearMonth period, BigDecimal turnoverTarget) {
		this.viewers.requireOwner();
		check(period, turnoverTarget);
		return compute(period, turnoverTarget);
	}

	@Transactional
	public PlanSuggestion apply(YearMonth period, BigDecimal turnoverTarget) {
		Viewer owner = this.viewers.requireOwner();
		check(period, turnoverTarget);
		PlanSuggestion plan = compute(period, turnoverTarget);
		this.goals.applyPlan(period, turnoverTarget, plan.grossMarginTarget(),
				plan.split()
					.stream()
					.map((s) -> new PlannedTarget(s.employee().getId(), s.metric(), s.target()))
					.toList());
		if (plan.funnel().complete()) {
			PlanBaseline baseline = this.baselines.findByMonth(period.toString())
				.orElseGet(() -> new PlanBaseline(period));
			baseline.set(plan, owner.id(), CompanyCalendar.toUtc(this.calendar.now()));
			this.baselines.save(baseline);
		}
		return plan;
	}

	/**
	 * The three closed months before {@code period} (or before the current month,
	 * planning ahead).
	 */
	PlanHistory history(YearMonth period) {
		YearMonth current = this.calendar.currentPeriod();
		YearMonth last = (period.isBefore(current) ? period : current).minusMonths(1);
		YearMonth first = last.minusMonths(PlanHistory.MONTHS - 1);
		List<PeriodFigures> months = new ArrayList<>();
		for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
			months.add(this.queries.figures(this.calendar.range(month)));
		}
		return new PlanHistory(first, last, months);
	}

	private PlanSuggestion compute(YearMonth period, BigDecimal target) {
		PlanHistory history = history(period);
		ReverseFunnel funnel = ReverseFunnel.of(history, target);
		List<PlanShare> split = PlanSplit.of(this.people.all(), history, funnel, target);
		SharedGoal goal = this.plans.goal(period).orElse(null);
		BigDecimal expected = funnel.requirements().margin();
		BigDecimal margin = expected != null && expected.signum() > 0 ? expected
				: goal == null ? null : goal.getGrossMarginTarget();
		List<PlanTargetChange> changes = new ArrayList<>();
		if (margin != null) {
			changes.add(new PlanTargetChange(null, Metric.TURNOVER, goal == null ? null : goal.getTurnoverTarget(),
					target.setScale(2)));
			changes.add(new PlanTargetChange(null, Metric.GROSS_MARGIN,
					goal == null ? null : goal.getGrossMarginTarget(), margin));
		}
		Map<Long, Map<Metric, BigDecimal>> current = this.plans.targets(period);
		for (PlanShare share : split) {
			changes.add(new PlanTargetChange(share.employee(), share.metric(),
					current.getOrDefault(share.employee().getId(), Map.of()).get(share.metric()), share.target()));
		}
		return new PlanSuggestion(period, target.setScale(2), history, funnel, split, margin, changes);
	}

	private void check(YearMonth period, BigDecimal turnoverTarget) {
		InputCheck check = new InputCheck().money(turnoverTarget, "turnoverTarget")
			.when(turnoverTarget != null && turnoverTarget.signum() == 0, "turnoverTarget",
					"turnoverTarget must be greater than 0");
		check.when(period != null && period.isBefore(this.calendar.currentPeriod()), "period",
				"period " + period + " is closed: plan the current month or a later one");
		check.throwIfInvalid();
	}

}
