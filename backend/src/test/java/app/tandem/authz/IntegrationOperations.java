package app.tandem.authz;

import java.util.List;
import java.util.Map;

import app.tandem.support.Company;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The integrations module (issue 12, SPEC §10): integrations and their amoCRM mapping are
 * the owner's.
 */
final class IntegrationOperations {

	private IntegrationOperations() {
	}

	static void addTo(Map<String, Operation> ops, Calls calls, Dataset d, JdbcClient jdbc) {
		Company c = calls.company();
		ops.put("integrations with their mapping",
				new Operation("integrations",
						(who) -> calls.run(who, "{ integrations { id kind mapping { version users { amoUserId } } } }",
								Map.of()),
						(who, r) -> r.path("integrations[0].mapping.version").entity(Integer.class).isEqualTo(0)));
		ops.put("setIntegrationMapping", setIntegrationMapping(calls, d, jdbc, c.hunter.idString()));
		ops.put("setIntegrationMapping to an unknown person", setIntegrationMapping(calls, d, jdbc, "999999"));
	}

	private static Operation setIntegrationMapping(Calls calls, Dataset d, JdbcClient jdbc, String employee) {
		return new Operation("setIntegrationMapping",
				(who) -> calls.run(who,
						"mutation($i: SetIntegrationMappingInput!) { setIntegrationMapping(input: $i) { version "
								+ "users { amoUserId employee { id } } changedBy { id } } }",
						Map.of("i",
								Map.of("integrationId", d.amo(), "expectedVersion", 0, "users",
										List.of(Map.of("amoUserId", "7001001", "employeeId", employee))))),
				(who, r) -> {
					r.path("setIntegrationMapping.changedBy.id")
						.entity(String.class)
						.isEqualTo(calls.member(who).idString());
					r.path("setIntegrationMapping.users[0].employee.id").entity(String.class).isEqualTo(employee);
				},
				() -> jdbc.sql("SELECT mapping_version FROM integration WHERE id = :id")
					.param("id", Long.parseLong(d.amo()))
					.query(Integer.class)
					.single());
	}

}
