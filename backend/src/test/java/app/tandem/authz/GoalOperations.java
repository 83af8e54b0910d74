package app.tandem.authz;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import app.tandem.support.Company;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The goals module: everyone reads the shared goal and the personal plans (a colleague's
 * plan not at all); setting them and their history are the owner's.
 */
final class GoalOperations {

	private GoalOperations() {
	}

	static void addTo(Map<String, Operation> ops, Calls calls, JdbcClient jdbc) {
		Company c = calls.company();
		ops.put("sharedGoal",
				new Operation("sharedGoal", (who) -> calls.run(who,
						"query($p: YearMonth!) { sharedGoal(period: $p) { period turnoverTarget grossMarginTarget } }",
						Map.of("p", Dataset.PERIOD)), (who, r) -> {
							r.path("sharedGoal.turnoverTarget").entity(String.class).isEqualTo("100000.00");
							r.path("sharedGoal.grossMarginTarget").entity(String.class).isEqualTo("40000.00");
						}));
		ops.put("personalPlans",
				new Operation("personalPlans",
						(who) -> calls.run(who,
								"query($p: YearMonth!) { personalPlans(period: $p) { employee { id } metric target } }",
								Map.of("p", Dataset.PERIOD)),
						(who, r) -> {
							List<String> owners = r.path("personalPlans[*].employee.id").entityList(String.class).get();
							if (who == Who.OWNER) {
								assertThat(owners).containsExactlyInAnyOrder(c.hunter.idString(), c.marketer.idString(),
										c.farmer.idString(), c.hunter2.idString());
							}
							else {
								// one plan each: their own, and nobody else's
								assertThat(owners).containsExactly(calls.member(who).idString());
								r.path("personalPlans[0].target").hasValue();
							}
						}));
		ops.put("planHistory",
				new Operation("planHistory",
						(who) -> calls.run(who,
								"query($p: YearMonth!) { planHistory(period: $p) { id subject metric newValue } }",
								Map.of("p", Dataset.PERIOD)),
						// two changes for the shared goal, one per personal plan
						(who, r) -> r.path("planHistory[*].id").entityList(String.class).hasSize(6)));
		ops.put("setSharedGoal", new Operation("setSharedGoal",
				(who) -> calls.run(who, "mutation($i: SetSharedGoalInput!) { setSharedGoal(input: $i) { version } }",
						Map.of("i",
								Map.of("period", Dataset.PERIOD, "turnoverTarget", "150000.00", "grossMarginTarget",
										"60000.00"))),
				(who, r) -> assertThat(goalTurnoverTarget(jdbc)).isEqualByComparingTo("150000.00"),
				() -> goalTurnoverTarget(jdbc)));
		ops.put("setPersonalPlan",
				new Operation("setPersonalPlan",
						(who) -> calls.run(who,
								"mutation($i: SetPersonalPlanInput!) { setPersonalPlan(input: $i) { id target } }",
								Map.of("i",
										Map.of("employeeId", c.hunter.idString(), "period", Dataset.PERIOD, "metric",
												"TURNOVER", "target", "90000"))),
						(who, r) -> assertThat(hunterTurnoverTarget(c, jdbc)).isEqualByComparingTo("90000"),
						() -> hunterTurnoverTarget(c, jdbc)));
	}

	/**
	 * The shared goal's stored turnover target: what a refused change of the goal must
	 * leave alone.
	 */
	static BigDecimal goalTurnoverTarget(JdbcClient jdbc) {
		return jdbc.sql("SELECT turnover_target FROM shared_goal WHERE plan_month = ?")
			.param(Dataset.PERIOD)
			.query(BigDecimal.class)
			.single();
	}

	private static BigDecimal hunterTurnoverTarget(Company c, JdbcClient jdbc) {
		return jdbc.sql("SELECT target FROM personal_plan WHERE employee_id = ? AND plan_month = ? AND metric = ?")
			.param(c.hunter.id())
			.param(Dataset.PERIOD)
			.param("TURNOVER")
			.query(BigDecimal.class)
			.single();
	}

}
