package app.tandem.authz;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analytics module: everyone reads the conversion matrix and the variance
 * decomposition; planning from the goal and the plans' coverage are the owner's.
 */
final class AnalyticsOperations {

	private AnalyticsOperations() {
	}

	static void addTo(Map<String, Operation> ops, Calls calls, JdbcClient jdbc) {
		ops.put("conversionMatrix",
				new Operation("conversionMatrix", (who) -> calls.run(who,
						"query($p: YearMonth!) { conversionMatrix(period: $p) { leads channels { channel { id } } } }",
						Map.of("p", Dataset.PERIOD)), (who, r) -> r.path("conversionMatrix.leads").hasValue()));
		ops.put("varianceDecomposition",
				new Operation("varianceDecomposition", (who) -> calls.run(who,
						"query($p: YearMonth!) { varianceDecomposition(period: $p) { turnover { difference } } }",
						Map.of("p", Dataset.PERIOD)),
						(who, r) -> r.path("varianceDecomposition.turnover.difference").hasValue()));
		ops.put("planFromGoal", new Operation("planFromGoal", (who) -> calls.run(who,
				"query($p: YearMonth!) { planFromGoal(period: $p, turnoverTarget: \"200000\") { split { target } } }",
				Map.of("p", Dataset.PERIOD)), (who, r) -> r.path("planFromGoal.split").hasValue()));
		ops.put("applyPlanFromGoal", new Operation("applyPlanFromGoal", (who) -> calls.run(who,
				"mutation($p: YearMonth!) { applyPlanFromGoal(period: $p, turnoverTarget: \"200000\") { turnoverTarget } }",
				Map.of("p", Dataset.PERIOD)),
				(who, r) -> assertThat(GoalOperations.goalTurnoverTarget(jdbc)).isEqualByComparingTo("200000.00"),
				() -> GoalOperations.goalTurnoverTarget(jdbc)));
		ops.put("planCoverage",
				new Operation("planCoverage", (who) -> calls.run(
						who, "query($p: YearMonth!) { planCoverage(period: $p) { plannedTurnover turnoverCoverage } }",
						Map.of("p", Dataset.PERIOD)),
						(who, r) -> r.path("planCoverage.plannedTurnover")
							.entity(String.class)
							.isEqualTo("130000.00")));
	}

}
