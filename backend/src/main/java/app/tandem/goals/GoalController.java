package app.tandem.goals;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import app.tandem.goals.GoalInputs.SetPersonalPlanInput;
import app.tandem.goals.GoalInputs.SetSharedGoalInput;
import app.tandem.people.Employee;
import app.tandem.people.EmployeeDirectory;
import app.tandem.shared.BatchLoads;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class GoalController {

	private final GoalService goals;

	private final EmployeeDirectory people;

	GoalController(GoalService goals, EmployeeDirectory people) {
		this.goals = goals;
		this.people = people;
	}

	@QueryMapping
	SharedGoal sharedGoal(@Argument YearMonth period) {
		return this.goals.sharedGoal(period).orElse(null);
	}

	@QueryMapping
	List<PersonalPlan> personalPlans(@Argument YearMonth period) {
		return this.goals.personalPlans(period);
	}

	@QueryMapping
	List<PlanChange> planHistory(@Argument YearMonth period) {
		return this.goals.history(period);
	}

	@MutationMapping
	SharedGoal setSharedGoal(@Argument SetSharedGoalInput input) {
		return this.goals.setSharedGoal(input);
	}

	@MutationMapping
	PersonalPlan setPersonalPlan(@Argument SetPersonalPlanInput input) {
		return this.goals.setPersonalPlan(input);
	}

	@BatchMapping(typeName = "PersonalPlan")
	Map<PersonalPlan, Employee> employee(List<PersonalPlan> plans) {
		return resolve(plans, PersonalPlan::getEmployeeId);
	}

	@BatchMapping(typeName = "PlanChange", field = "employee")
	Map<PlanChange, Employee> changedEmployee(List<PlanChange> changes) {
		return resolve(changes, PlanChange::getEmployeeId);
	}

	@BatchMapping(typeName = "PlanChange")
	Map<PlanChange, Employee> changedBy(List<PlanChange> changes) {
		return resolve(changes, PlanChange::getChangedBy);
	}

	private <T> Map<T, Employee> resolve(List<T> items, Function<T, Long> id) {
		return BatchLoads.resolve(items, id, this.people::byIds);
	}

}
