package app.tandem.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import app.tandem.demo.DemoTeam.Member;
import app.tandem.goals.Metric;
import app.tandem.goals.PlanTargets;
import app.tandem.people.Position;

/**
 * The owner's plans, set on the first morning of each month: a shared goal a little above
 * what the month reaches (so there is a gap to explain), and personal plans that each
 * person beats or misses by their own performance.
 */
final class DemoPlans {

	private static final String GOAL = """
			INSERT INTO shared_goal (plan_month, turnover_target, gross_margin_target, version, updated_by, updated_at)
			VALUES (?, ?, ?, 0, ?, ?)""";

	private static final String PLAN = """
			INSERT INTO personal_plan (employee_id, plan_month, metric, target, version, updated_by, updated_at)
			VALUES (?, ?, ?, ?, 0, ?, ?)""";

	private static final String CHANGE = """
			INSERT INTO plan_change (plan_month, subject, employee_id, metric, old_value, new_value, changed_by, changed_at)
			VALUES (?, ?, ?, ?, NULL, ?, ?, ?)""";

	private static final BigDecimal MARGIN_SHARE = new BigDecimal("0.30");

	private final Inserts inserts;

	private final Dice dice;

	private final List<Object[]> goals = new ArrayList<>();

	private final List<Object[]> plans = new ArrayList<>();

	private final List<Object[]> changes = new ArrayList<>();

	DemoPlans(Inserts inserts, Dice dice) {
		this.inserts = inserts;
		this.dice = dice;
	}

	void write(DemoStory story) {
		MonthActuals actuals = MonthActuals.of(story);
		for (int index = 0; index < DemoTime.MONTHS; index++) {
			YearMonth month = story.time.month(index);
			LocalDateTime setAt = story.time.recorded(month.atDay(1), 10);
			planGoal(month, actuals, story.team.owner(), setAt);
			planPeople(month, actuals, story.team, setAt);
		}
		this.inserts.rows(GOAL, this.goals);
		this.inserts.rows(PLAN, this.plans);
		this.inserts.rows(CHANGE, this.changes);
	}

	private void planGoal(YearMonth month, MonthActuals actuals, long owner, LocalDateTime setAt) {
		BigDecimal turnover = round(
				actuals.companyTurnover(month).multiply(BigDecimal.valueOf(this.dice.between(1.05, 1.15))), -3,
				new BigDecimal("1000000"));
		BigDecimal margin = round(turnover.multiply(MARGIN_SHARE), -3, BigDecimal.ONE);
		this.goals.add(new Object[] { month.toString(), turnover, margin, owner, setAt });
		this.changes.add(
				new Object[] { month.toString(), "SHARED_GOAL", null, Metric.TURNOVER.name(), turnover, owner, setAt });
		this.changes.add(new Object[] { month.toString(), "SHARED_GOAL", null, Metric.GROSS_MARGIN.name(), margin,
				owner, setAt });
	}

	private void planPeople(YearMonth month, MonthActuals actuals, DemoTeam team, LocalDateTime setAt) {
		Map<Metric, BigDecimal> hunterFloor = new EnumMap<>(Metric.class);
		for (Member member : team.members()) {
			if (!team.worksIn(member.id(), month)) {
				continue;
			}
			for (Metric metric : planned(member.position())) {
				BigDecimal target = target(metric, actuals.of(month, member.id(), metric), member.performance());
				if (member.position() == Position.HUNTER) {
					// The first hunter's (Ivan's) plan is every hunter's floor: owners
					// hand
					// hunters the same plan, so a weaker colleague shows his real gap.
					target = target.max(hunterFloor.getOrDefault(metric, target));
					hunterFloor.putIfAbsent(metric, target);
				}
				this.plans
					.add(new Object[] { member.id(), month.toString(), metric.name(), target, team.owner(), setAt });
				this.changes.add(new Object[] { month.toString(), "PERSONAL_PLAN", member.id(), metric.name(), target,
						team.owner(), setAt });
			}
		}
	}

	private static List<Metric> planned(Position position) {
		List<Metric> metrics = new ArrayList<>(Metric.kpiSet(position));
		if (position == Position.MARKETER) {
			metrics.add(Metric.ATTRIBUTED_TURNOVER);
		}
		return metrics;
	}

	/**
	 * Round figures, as an owner would set them, so that actual ≈ performance × target.
	 */
	private BigDecimal target(Metric metric, BigDecimal actual, double performance) {
		double factor = performance * this.dice.between(0.96, 1.04);
		BigDecimal value = actual == null ? BigDecimal.ZERO : actual;
		BigDecimal target = switch (metric.kind()) {
			case COUNT -> round(divide(value, factor), 0, BigDecimal.ONE);
			case MONEY -> round(divide(value, factor), -3, new BigDecimal("50000"));
			case MONEY_RATIO -> round(value.multiply(BigDecimal.valueOf(factor)), -1, new BigDecimal("500"));
			case RATIO -> round(divide(value, factor), 2, new BigDecimal("0.05")).min(new BigDecimal("0.95"));
		};
		return PlanTargets.scaled(metric, target);
	}

	private static BigDecimal divide(BigDecimal value, double factor) {
		return value.divide(BigDecimal.valueOf(factor), 6, RoundingMode.HALF_UP);
	}

	/**
	 * Rounded to {@code scale} places (negative: tens, thousands), never below
	 * {@code floor}.
	 */
	private static BigDecimal round(BigDecimal value, int scale, BigDecimal floor) {
		BigDecimal rounded = value.setScale(scale, RoundingMode.HALF_UP);
		return (rounded.compareTo(floor) < 0 ? floor : rounded).setScale(Math.max(scale, 2), RoundingMode.HALF_UP);
	}

}
