package app.tandem.company;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import app.tandem.company.PeriodClose.ClosedPeriod;
import app.tandem.company.PeriodClose.PeriodCloseChange;
import app.tandem.people.Employee;
import app.tandem.people.EmployeeDirectory;
import app.tandem.shared.BatchLoads;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Closed months (issue 14 item 1); {@link PeriodClose} decides who may do what. */
@Controller
class PeriodCloseController {

	private final PeriodClose periods;

	private final EmployeeDirectory people;

	PeriodCloseController(PeriodClose periods, EmployeeDirectory people) {
		this.periods = periods;
		this.people = people;
	}

	@QueryMapping
	List<ClosedPeriod> closedPeriods() {
		return this.periods.all();
	}

	@QueryMapping
	List<PeriodCloseChange> periodCloseHistory() {
		return this.periods.history();
	}

	@MutationMapping
	ClosedPeriod closePeriod(@Argument YearMonth period) {
		return this.periods.close(period);
	}

	@MutationMapping
	PeriodCloseChange reopenPeriod(@Argument ReopenPeriodInput input) {
		return this.periods.reopen(input.period(), input.reason());
	}

	@BatchMapping(typeName = "ClosedPeriod")
	Map<ClosedPeriod, Employee> closedBy(List<ClosedPeriod> periods) {
		return BatchLoads.resolve(periods, ClosedPeriod::closedById, this.people::byIds);
	}

	@BatchMapping(typeName = "PeriodCloseChange")
	Map<PeriodCloseChange, Employee> changedBy(List<PeriodCloseChange> changes) {
		return BatchLoads.resolve(changes, PeriodCloseChange::changedById, this.people::byIds);
	}

	record ReopenPeriodInput(YearMonth period, String reason) {
	}

}
