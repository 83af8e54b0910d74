package app.tandem.authz;

import java.util.List;
import java.util.Map;

import app.tandem.support.Company;

/**
 * The bonuses module (SPEC §9): schemes and runs are the owner's; a bonus only its
 * person's (and owners').
 */
final class BonusOperations {

	private BonusOperations() {
	}

	static void addTo(Map<String, Operation> ops, Calls calls) {
		Company c = calls.company();
		ops.put("bonusSchemes",
				new Operation("bonusSchemes", (who) -> calls.run(who, "{ bonusSchemes { position } }", Map.of()),
						(who, r) -> r.path("bonusSchemes").entityList(Object.class).hasSize(0)));
		ops.put("bonusSchemeHistory",
				new Operation("bonusSchemeHistory",
						(who) -> calls.run(who, "{ bonusSchemeHistory { field } }", Map.of()),
						(who, r) -> r.path("bonusSchemeHistory").entityList(Object.class).hasSize(0)));
		ops.put("setBonusScheme", new Operation("setBonusScheme", (who) -> calls.run(who,
				"mutation($i: SetBonusSchemeInput!) { setBonusScheme(input: $i) { version } }",
				Map.of("i",
						Map.of("position", "FARMER", "targetBonus", "10000.00", "sharedMetric", "TURNOVER", "gate", 0.5,
								"cap", 1.5, "weights", List.of(Map.of("metric", "TURNOVER", "weight", 1.0))))),
				(who, r) -> r.path("setBonusScheme.version").entity(Integer.class).isEqualTo(1)));
		ops.put("bonus",
				new Operation("bonus",
						(who) -> calls.run(who,
								"query($e: ID!, $p: YearMonth!) { bonus(employeeId: $e, period: $p) { reason } }",
								Map.of("e", (who == Who.ANONYMOUS ? c.hunter : calls.member(who)).idString(), "p",
										Dataset.PERIOD)),
						(who, r) -> r.path("bonus.reason").entity(String.class).isEqualTo("NO_SCHEME")));
		ops.put("bonus of a colleague",
				new Operation("bonus",
						(who) -> calls.run(who,
								"query($e: ID!, $p: YearMonth!) { bonus(employeeId: $e, period: $p) { reason } }",
								Map.of("e", c.hunter2.idString(), "p", Dataset.PERIOD)),
						(who, r) -> r.path("bonus.reason").entity(String.class).isEqualTo("NO_SCHEME")));
		ops.put("bonusRun",
				new Operation("bonusRun",
						(who) -> calls.run(who, "query($p: YearMonth!) { bonusRun(period: $p) { total closed } }",
								Map.of("p", Dataset.PERIOD)),
						(who, r) -> r.path("bonusRun.total").entity(String.class).isEqualTo("0.00")));
		ops.put("closeBonusPeriod", new Operation("closeBonusPeriod",
				(who) -> calls.run(who, "mutation { closeBonusPeriod(period: \"2026-10\") { closed } }", Map.of()),
				(who, r) -> r.path("closeBonusPeriod.closed").entity(Boolean.class).isEqualTo(true)));
	}

}
