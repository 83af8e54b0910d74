package app.tandem.authz;

import java.util.Map;

/**
 * The company module: everyone reads the company and which months are closed; its
 * settings and calendar (SPEC §7) and closing and reopening months (issue 14 item 1) are
 * the owner's.
 */
final class CompanyOperations {

	private CompanyOperations() {
	}

	static void addTo(Map<String, Operation> ops, Calls calls) {
		ops.put("company",
				new Operation("company",
						(who) -> calls.run(who, "{ company { name currency timeZone today } }", Map.of()),
						(who, r) -> r.path("company.today").entity(String.class).isEqualTo("2026-11-15")));
		ops.put("setPaceBasis",
				new Operation("setPaceBasis",
						(who) -> calls.run(who,
								"mutation { setPaceBasis(input: {paceBasis: WORKING_DAYS}) { paceBasis } }", Map.of()),
						(who, r) -> r.path("setPaceBasis.paceBasis").entity(String.class).isEqualTo("WORKING_DAYS")));
		ops.put("setCompanyCalendar",
				new Operation("setCompanyCalendar",
						(who) -> calls.run(who,
								"mutation { setCompanyCalendar(input: {year: 2026, nonWorkingDays: [\"2026-11-04\"]}) "
										+ "{ nonWorkingDays(year: 2026) } }",
								Map.of()),
						(who, r) -> r.path("setCompanyCalendar.nonWorkingDays[0]")
							.entity(String.class)
							.isEqualTo("2026-11-04")));
		ops.put("closedPeriods",
				new Operation("closedPeriods", (who) -> calls.run(who, "{ closedPeriods { period } }", Map.of()),
						(who, r) -> r.path("closedPeriods").entityList(Object.class).hasSize(0)));
		ops.put("periodCloseHistory",
				new Operation("periodCloseHistory",
						(who) -> calls.run(who, "{ periodCloseHistory { action } }", Map.of()),
						(who, r) -> r.path("periodCloseHistory").entityList(Object.class).hasSize(0)));
		ops.put("closePeriod",
				new Operation("closePeriod",
						(who) -> calls.run(who, "mutation { closePeriod(period: \"2026-10\") { period } }", Map.of()),
						(who, r) -> r.path("closePeriod.period").entity(String.class).isEqualTo("2026-10")));
		ops.put("reopenPeriod", new Operation("reopenPeriod", (who) -> {
			if (who == Who.OWNER) {
				calls.run(who, "mutation { closePeriod(period: \"2026-09\") { period } }", Map.of());
			}
			return calls.run(who, "mutation($i: ReopenPeriodInput!) { reopenPeriod(input: $i) { action } }",
					Map.of("i", Map.of("period", "2026-09", "reason", "a late invoice")));
		}, (who, r) -> r.path("reopenPeriod.action").entity(String.class).isEqualTo("REOPEN")));
	}

}
