package app.tandem.goals;

import java.util.Map;

import app.tandem.support.Company;
import app.tandem.support.TandemTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static app.tandem.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

@TandemTest
class PlanTests {

	static final String GOAL = """
			mutation($i: SetSharedGoalInput!) { setSharedGoal(input: $i) { period turnoverTarget grossMarginTarget version } }""";

	static final String PLAN = """
			mutation($i: SetPersonalPlanInput!) { setPersonalPlan(input: $i) { id metric target version employee { id } } }""";

	@Autowired
	Company company;

	@BeforeEach
	void setUp() {
		this.company.reset();
	}

	@Test
	void settingTheSameGoalAgainReplacesItAndEveryChangeIsAudited() {
		this.company.sharedGoal("2026-11", "1000000", "300000.5");
		this.company.owner.graphql()
			.document(GOAL)
			.variable("i", Map.of("period", "2026-11", "turnoverTarget", "1200000", "grossMarginTarget", "300000.50"))
			.execute()
			.path("setSharedGoal.turnoverTarget")
			.entity(String.class)
			.isEqualTo("1200000.00")
			.path("setSharedGoal.version")
			.entity(Integer.class)
			.isEqualTo(2);
		this.company.hunter.graphql()
			.document(
					"{ sharedGoal(period: \"2026-11\") { turnoverTarget } none: sharedGoal(period: \"2026-12\") { period } }")
			.execute()
			.path("sharedGoal.turnoverTarget")
			.entity(String.class)
			.isEqualTo("1200000.00")
			.path("none")
			.valueIsNull();
		// Newest first. The first set wrote two entries (turnover, margin); the change
		// one (the margin stayed).
		this.company.owner.graphql()
			.document(
					"""
							{ planHistory(period: "2026-11") { subject metric oldValue newValue changedBy { id } employee { id } } }""")
			.execute()
			.path("planHistory[*].metric")
			.entityList(String.class)
			.containsExactly("TURNOVER", "GROSS_MARGIN", "TURNOVER")
			.path("planHistory[0].oldValue")
			.entity(String.class)
			.isEqualTo("1000000.00")
			.path("planHistory[0].newValue")
			.entity(String.class)
			.isEqualTo("1200000.00")
			.path("planHistory[0].changedBy.id")
			.entity(String.class)
			.isEqualTo(this.company.owner.idString());
	}

	@Test
	void personalPlansKeepTheirMetricsPrecisionAndAreReplaced() {
		this.company.plan(this.company.marketer, "2026-11", "LEAD_CONVERSION", "0.25");
		this.company.plan(this.company.marketer, "2026-11", "LEADS", "120");
		this.company.owner.graphql()
			.document(PLAN)
			.variable("i",
					Map.of("employeeId", this.company.marketer.idString(), "period", "2026-11", "metric", "LEADS",
							"target", "150"))
			.execute()
			.path("setPersonalPlan.target")
			.entity(String.class)
			.isEqualTo("150")
			.path("setPersonalPlan.version")
			.entity(Integer.class)
			.isEqualTo(2);
		this.company.marketer.graphql()
			.document("{ personalPlans(period: \"2026-11\") { metric target } }")
			.execute()
			.path("personalPlans[*].target")
			.entityList(String.class)
			.contains("0.2500", "150");
		this.company.hunter.graphql()
			.document("{ personalPlans(period: \"2026-11\") { metric target } }")
			.execute()
			.path("personalPlans")
			.entityList(Object.class)
			.hasSize(0);
		this.company.owner.graphql()
			.document("{ planHistory(period: \"2026-11\") { subject metric oldValue newValue employee { id } } }")
			.execute()
			.path("planHistory[0].oldValue")
			.entity(String.class)
			.isEqualTo("120")
			.path("planHistory[0].subject")
			.entity(String.class)
			.isEqualTo("PERSONAL_PLAN");
	}

	@Test
	void aStaleExpectedVersionIsAConflictAndChangesNothing() {
		this.company.sharedGoal("2026-11", "1000000", "300000");
		assertRefused(
				this.company, this.company.owner.graphql(), GOAL, Map.of("i", Map.of("period", "2026-11",
						"turnoverTarget", "5", "grossMarginTarget", "5", "expectedVersion", 0)),
				"CONFLICT", "expectedVersion");
		this.company.owner.graphql()
			.document(GOAL)
			.variable("i",
					Map.of("period", "2026-11", "turnoverTarget", "5", "grossMarginTarget", "5", "expectedVersion", 1))
			.execute()
			.path("setSharedGoal.version")
			.entity(Integer.class)
			.isEqualTo(2);
		assertThat(this.company.count("plan_change")).isEqualTo(4);
	}

}
