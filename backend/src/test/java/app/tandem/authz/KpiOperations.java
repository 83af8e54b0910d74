package app.tandem.authz;

import java.util.List;
import java.util.Map;

import app.tandem.support.Company;
import app.tandem.support.Company.Member;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kpi module: everyone reads the dashboard and anyone's KPIs, but a colleague's only
 * as completion ratios, never the absolute targets nor the numbers that give them away.
 */
final class KpiOperations {

	private KpiOperations() {
	}

	static void addTo(Map<String, Operation> ops, Calls calls) {
		Company c = calls.company();
		ops.put("dashboard", new Operation("dashboard",
				(who) -> calls.tester(who).documentName("dashboard").variable("period", Dataset.PERIOD).execute(),
				(who, r) -> {
					r.path("dashboard.turnover").entity(String.class).isEqualTo("100000.00");
					r.path("dashboard.goal.turnoverTarget").entity(String.class).isEqualTo("100000.00");
					List<Map<String, Object>> members = r.path("dashboard.members").entity(Calls.LIST_OF_MAPS).get();
					// everyone with a position: the owner holds none and has no numbers
					assertThat(members).extracting((m) -> (Object) ((Map<?, ?>) m.get("employee")).get("id"))
						.containsExactlyInAnyOrder(c.marketer.idString(), c.marketer2.idString(), c.hunter.idString(),
								c.hunter2.idString(), c.farmer.idString());
					for (Map<String, Object> m : members) {
						@SuppressWarnings("unchecked")
						Map<String, Object> employee = (Map<String, Object>) m.get("employee");
						boolean self = who != Who.OWNER && calls.member(who).idString().equals(employee.get("id"));
						if (who == Who.OWNER || self) {
							assertThat(employee.get("email")).as("e-mail in the dashboard").isNotNull();
						}
						else {
							assertThat(employee.get("email")).as("a colleague's e-mail in the dashboard").isNull();
							assertHiddenTargets(kpis(m), "dashboard member " + employee.get("id"));
						}
					}
				}));
		ops.put("employeeKpis", new Operation("employeeKpis", (who) -> {
			Member colleague = (who == Who.MARKETER) ? c.hunter : (who == Who.HUNTER) ? c.marketer : c.hunter;
			return kpisOf(calls, who, colleague);
		}, (who, r) -> {
			if (who == Who.OWNER) {
				// the owner sees everyone's absolute targets
				r.path("employeeKpis.kpis[1].metric").entity(String.class).isEqualTo("TURNOVER");
				r.path("employeeKpis.kpis[1].target").entity(String.class).isEqualTo("60000.00");
				r.path("employeeKpis.kpis[1].expectedByNow").hasValue();
				r.path("employeeKpis.kpis[1].requiredDailyPace").hasValue();
				r.path("employeeKpis.employee.email").entity(String.class).isEqualTo(c.hunter.email());
				return;
			}
			// a colleague: completion ratios, never absolute targets (nor the numbers
			// that give them away)
			r.path("employeeKpis.employee.email").valueIsNull();
			List<Map<String, Object>> kpis = r.path("employeeKpis.kpis").entity(Calls.LIST_OF_MAPS).get();
			assertHiddenTargets(kpis, "colleague");
			int planned = (who == Who.HUNTER) ? 0 : 1; // marketer's LEADS, hunter's
														// TURNOVER
			Double expected = (who == Who.HUNTER) ? 0.6 : 0.5; // 6 of 10 leads; 30000 of
																// 60000
			assertThat(kpis.get(planned).get("completion")).as("completion of the colleague's planned KPI")
				.isEqualTo(expected);
			// and their own: everything
			GraphQlTester.Response own = kpisOf(calls, who, calls.member(who));
			int index = (who == Who.MARKETER || who == Who.FARMER) ? 0 : 1;
			String target = switch (who) {
				case MARKETER -> "10";
				case HUNTER -> "60000.00";
				default -> "20000.00";
			};
			own.path("employeeKpis.kpis[" + index + "].target").entity(String.class).isEqualTo(target);
			own.path("employeeKpis.kpis[" + index + "].completion").hasValue();
			own.path("employeeKpis.kpis[" + index + "].expectedByNow").hasValue();
			own.path("employeeKpis.kpis[" + index + "].requiredDailyPace").hasValue();
			own.path("employeeKpis.employee.email").entity(String.class).isEqualTo(calls.member(who).email());
		}));
	}

	private static GraphQlTester.Response kpisOf(Calls calls, Who who, Member employee) {
		return calls.tester(who)
			.documentName("employeeKpis")
			.variable("employeeId", employee.idString())
			.variable("period", Dataset.PERIOD)
			.execute();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> kpis(Map<String, Object> member) {
		return (List<Map<String, Object>>) member.get("kpis");
	}

	private static void assertHiddenTargets(List<Map<String, Object>> kpis, String whose) {
		assertThat(kpis).as("KPIs of " + whose).isNotEmpty().allSatisfy((kpi) -> {
			assertThat(kpi.get("target")).as(kpi.get("metric") + ".target of " + whose).isNull();
			assertThat(kpi.get("expectedByNow")).as(kpi.get("metric") + ".expectedByNow of " + whose).isNull();
			assertThat(kpi.get("requiredDailyPace")).as(kpi.get("metric") + ".requiredDailyPace of " + whose).isNull();
		});
	}

}
