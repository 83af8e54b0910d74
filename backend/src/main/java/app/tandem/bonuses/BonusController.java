package app.tandem.bonuses;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import app.tandem.bonuses.BonusInputs.SetBonusSchemeInput;
import app.tandem.people.Employee;
import app.tandem.people.EmployeeDirectory;
import app.tandem.people.Position;
import app.tandem.shared.BatchLoads;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Maps SPEC §9; {@link BonusService} decides who may see what. */
@Controller
class BonusController {

	private final BonusService bonuses;

	private final EmployeeDirectory people;

	BonusController(BonusService bonuses, EmployeeDirectory people) {
		this.bonuses = bonuses;
		this.people = people;
	}

	@QueryMapping
	List<BonusScheme> bonusSchemes() {
		return this.bonuses.schemes();
	}

	@QueryMapping
	List<BonusSchemeChange> bonusSchemeHistory(@Argument Position position) {
		return this.bonuses.schemeHistory(position);
	}

	@BatchMapping(typeName = "BonusSchemeChange")
	Map<BonusSchemeChange, Employee> changedBy(List<BonusSchemeChange> changes) {
		return BatchLoads.resolve(changes, BonusSchemeChange::changedById, this.people::byIds);
	}

	@QueryMapping
	Bonus bonus(@Argument String employeeId, @Argument YearMonth period) {
		return this.bonuses.bonus(employeeId, period);
	}

	@QueryMapping
	BonusRun bonusRun(@Argument YearMonth period) {
		return this.bonuses.run(period);
	}

	@MutationMapping
	BonusScheme setBonusScheme(@Argument SetBonusSchemeInput input) {
		return this.bonuses.setScheme(input);
	}

	@MutationMapping
	BonusRun closeBonusPeriod(@Argument YearMonth period) {
		return this.bonuses.close(period);
	}

	@BatchMapping
	Map<Bonus, Employee> employee(List<Bonus> bonuses) {
		return BatchLoads.resolve(bonuses, Bonus::employeeId, this.people::byIds);
	}

}
