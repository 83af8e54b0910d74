package app.tandem.goals;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import app.tandem.company.ClosedPeriods;
import app.tandem.goals.GoalInputs.SetPersonalPlanInput;
import app.tandem.goals.GoalInputs.SetSharedGoalInput;
import app.tandem.goals.PlanChange.Subject;
import app.tandem.people.Employee;
import app.tandem.people.EmployeeDirectory;
import app.tandem.people.Viewer;
import app.tandem.people.Viewers;
import app.tandem.shared.CompanyCalendar;
import app.tandem.shared.FiguresChanged;
import app.tandem.shared.Ids;
import app.tandem.shared.InputCheck;
import app.tandem.shared.TandemException;
import app.tandem.shared.Versions;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shared goal and personal plans. Owners set them; every change is audited in the
 * same transaction; an optional expected version refuses to overwrite a concurrent
 * change.
 */
@Service
public class GoalService {

	private final SharedGoalRepository goals;

	private final PersonalPlanRepository plans;

	private final PlanChangeRepository changes;

	private final Viewers viewers;

	private final EmployeeDirectory people;

	private final CompanyCalendar calendar;

	private final ClosedPeriods closed;

	private final ApplicationEventPublisher events;

	GoalService(SharedGoalRepository goals, PersonalPlanRepository plans, PlanChangeRepository changes, Viewers viewers,
			EmployeeDirectory people, CompanyCalendar calendar, ClosedPeriods closed,
			ApplicationEventPublisher events) {
		this.goals = goals;
		this.plans = plans;
		this.changes = changes;
		this.viewers = viewers;
		this.people = people;
		this.calendar = calendar;
		this.closed = closed;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Optional<SharedGoal> sharedGoal(YearMonth period) {
		this.viewers.requireSignedIn();
		return this.goals.findByMonth(period.toString());
	}

	@Transactional(readOnly = true)
	public List<PersonalPlan> personalPlans(YearMonth period) {
		Viewer viewer = this.viewers.current();
		if (viewer.isOwner()) {
			return this.plans.findByMonthOrderByEmployeeIdAscMetricAsc(period.toString());
		}
		return this.plans.findByMonthAndEmployeeId(period.toString(), viewer.id());
	}

	@Transactional(readOnly = true)
	public List<PlanChange> history(YearMonth period) {
		this.viewers.requireOwner();
		return this.changes.findByMonthOrderByChangedAtDescIdDesc(period.toString());
	}

	@Transactional
	public SharedGoal setSharedGoal(SetSharedGoalInput input) {
		Viewer owner = this.viewers.requireOwner();
		InputCheck check = new InputCheck().require(input.period(), "period");
		positiveMoney(check, input.turnoverTarget(), "turnoverTarget");
		positiveMoney(check, input.grossMarginTarget(), "grossMarginTarget");
		check.throwIfInvalid();
		return writeGoal(owner, input.period(), input.turnoverTarget(), input.grossMarginTarget(),
				input.expectedVersion());
	}

	/**
	 * Applies a whole plan at once (plan from the goal): the shared goal, when a margin
	 * target is given or a goal exists, and every personal plan, each change audited.
	 */
	@Transactional
	public void applyPlan(YearMonth period, BigDecimal turnoverTarget, BigDecimal grossMarginTarget,
			List<PlannedTarget> targets) {
		Viewer owner = this.viewers.requireOwner();
		BigDecimal margin = grossMarginTarget != null ? grossMarginTarget
				: this.goals.findByMonth(period.toString()).map(SharedGoal::getGrossMarginTarget).orElse(null);
		if (margin != null) {
			writeGoal(owner, period, turnoverTarget, margin, null);
		}
		for (PlannedTarget target : targets) {
			writePlan(owner, this.people.require(target.employeeId(), "employeeId"), period, target.metric(),
					target.target(), null);
		}
	}

	/** One personal target of a plan applied as a whole. */
	public record PlannedTarget(long employeeId, Metric metric, BigDecimal target) {
	}

	private SharedGoal writeGoal(Viewer owner, YearMonth period, BigDecimal turnoverTarget,
			BigDecimal grossMarginTarget, Integer expectedVersion) {
		this.closed.requireOpen(period, "period");
		SharedGoal goal = this.goals.findByMonth(period.toString()).orElse(null);
		expectVersion(expectedVersion, goal == null ? null : goal.getVersion());
		LocalDateTime now = CompanyCalendar.toUtc(this.calendar.now());
		if (goal == null) {
			goal = new SharedGoal(period);
		}
		BigDecimal turnover = turnoverTarget.setScale(2);
		BigDecimal margin = grossMarginTarget.setScale(2);
		PlanChange turnoverChange = audit(period, Subject.SHARED_GOAL, null, Metric.TURNOVER, goal.getTurnoverTarget(),
				turnover, owner, now);
		PlanChange marginChange = audit(period, Subject.SHARED_GOAL, null, Metric.GROSS_MARGIN,
				goal.getGrossMarginTarget(), margin, owner, now);
		if (turnoverChange != null || marginChange != null) {
			// One event for the write, though it may move two targets: people hear of
			// "the goal changed" once.
			PlanChange first = turnoverChange != null ? turnoverChange : marginChange;
			Metric metric = turnoverChange != null && marginChange != null ? null : first.getMetric();
			this.events.publishEvent(
					new PlanChanged(period, null, metric, first.getId(), owner.id(), CompanyCalendar.fromUtc(now)));
		}
		goal.set(turnover, margin, owner.id(), now);
		return this.goals.saveAndFlush(goal);
	}

	@Transactional
	public PersonalPlan setPersonalPlan(SetPersonalPlanInput input) {
		Viewer owner = this.viewers.requireOwner();
		InputCheck check = new InputCheck().require(input.employeeId(), "employeeId")
			.require(input.period(), "period")
			.require(input.metric(), "metric");
		PlanTargets.check(check, input.metric(), input.target(), "target");
		check.throwIfInvalid();
		Employee employee = this.people.require(Ids.parse(input.employeeId(), "employeeId"), "employeeId");
		if (!Metric.plannable(employee.getPosition()).contains(input.metric())) {
			throw TandemException.badInput("metric", input.metric() + " is not planned for "
					+ (employee.getPosition() == null ? "someone without a position" : "a " + employee.getPosition())
					+ "; allowed: " + Metric.plannable(employee.getPosition()));
		}
		return writePlan(owner, employee, input.period(), input.metric(), input.target(), input.expectedVersion());
	}

	private PersonalPlan writePlan(Viewer owner, Employee employee, YearMonth period, Metric metric, BigDecimal value,
			Integer expectedVersion) {
		this.closed.requireOpen(period, "period");
		PersonalPlan plan = this.plans.findByEmployeeIdAndMonthAndMetric(employee.getId(), period.toString(), metric)
			.orElse(null);
		expectVersion(expectedVersion, plan == null ? null : plan.getVersion());
		LocalDateTime now = CompanyCalendar.toUtc(this.calendar.now());
		if (plan == null) {
			plan = new PersonalPlan(employee.getId(), period, metric);
		}
		BigDecimal target = PlanTargets.scaled(metric, value);
		PlanChange change = audit(period, Subject.PERSONAL_PLAN, employee.getId(), metric,
				plan.getId() == null ? null : plan.getTarget(), target, owner, now);
		if (change != null) {
			this.events.publishEvent(new PlanChanged(period, employee.getId(), metric, change.getId(), owner.id(),
					CompanyCalendar.fromUtc(now)));
		}
		plan.set(target, owner.id(), now);
		return this.plans.saveAndFlush(plan);
	}

	/** The audit row of a changed target, or null when it did not change. */
	private PlanChange audit(YearMonth period, Subject subject, Long employeeId, Metric metric, BigDecimal oldValue,
			BigDecimal newValue, Viewer by, LocalDateTime at) {
		if (oldValue != null && oldValue.compareTo(newValue) == 0) {
			return null;
		}
		PlanChange change = this.changes
			.save(new PlanChange(period, subject, employeeId, metric, oldValue, newValue, by.id(), at));
		// Targets are half of every KPI reading: live screens refresh when a plan moves.
		this.events.publishEvent(new FiguresChanged(period, employeeId == null ? Set.of() : Set.of(employeeId)));
		return change;
	}

	private static void expectVersion(Integer expected, Long actual) {
		Versions.expect(expected, actual == null ? 0 : actual, "plan");
	}

	private static void positiveMoney(InputCheck check, BigDecimal value, String field) {
		check.money(value, field).when(value != null && value.signum() == 0, field, field + " must be greater than 0");
	}

}
