package app.tandem.authz;

import java.util.List;
import java.util.Map;

import app.tandem.support.Company;
import app.tandem.support.Company.Member;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The people module: everyone reads themself and the staff list (a colleague's e-mail
 * hidden) and changes their own password; hiring, changing, deactivating people and
 * resetting a password are the owner's.
 */
final class PeopleOperations {

	private PeopleOperations() {
	}

	static void addTo(Map<String, Operation> ops, Calls calls, JdbcClient jdbc) {
		Company c = calls.company();
		ops.put("me", new Operation("me", (who) -> calls.run(who, "{ me { id email role position active } }", Map.of()),
				(who, r) -> {
					r.path("me.id").entity(String.class).isEqualTo(calls.member(who).idString());
					r.path("me.email").entity(String.class).isEqualTo(calls.member(who).email());
				}));
		ops.put("employees", new Operation("employees", (who) -> calls.run(who, "{ employees { id email } }", Map.of()),
				(who, r) -> {
					List<Map<String, Object>> people = r.path("employees").entity(Calls.LIST_OF_MAPS).get();
					assertThat(people).extracting((e) -> e.get("id"))
						.containsExactlyInAnyOrderElementsOf(c.everyone().stream().map(Member::idString).toList());
					for (Member person : c.everyone()) {
						Object email = people.stream()
							.filter((e) -> person.idString().equals(e.get("id")))
							.findFirst()
							.orElseThrow()
							.get("email");
						boolean visible = who == Who.OWNER || person.id() == calls.member(who).id();
						assertThat(email).as("e-mail of " + person.email() + " seen by " + who)
							.isEqualTo(visible ? person.email() : null);
					}
				}));
		ops.put("createEmployee", new Operation(
				"createEmployee", (
						who) -> calls.run(who,
								"mutation($i: CreateEmployeeInput!) { createEmployee(input: $i) { id email } }",
								Map.of("i",
										Map.of("fullName", "Nina Newcomer", "email", "nina@test.tandem", "password",
												Company.PASSWORD, "role", "EMPLOYEE", "position", "HUNTER"))),
				(who, r) -> {
					r.path("createEmployee.email").entity(String.class).isEqualTo("nina@test.tandem");
					assertThat(c.count("employee")).isEqualTo(7);
				}));
		ops.put("updateEmployee",
				new Operation("updateEmployee",
						(who) -> calls.run(who,
								"mutation($i: UpdateEmployeeInput!) { updateEmployee(input: $i) { id fullName } }",
								Map.of("i",
										Map.of("id", c.hunter2.idString(), "fullName", "Sergey Renamed", "role",
												"EMPLOYEE", "position", "HUNTER"))),
						(who, r) -> assertThat(fullNameOf(jdbc, c.hunter2)).isEqualTo("Sergey Renamed"),
						() -> fullNameOf(jdbc, c.hunter2)));
		ops.put("deactivateEmployee",
				new Operation("deactivateEmployee",
						(who) -> calls.run(who, "mutation($id: ID!) { deactivateEmployee(id: $id) { id active } }",
								Map.of("id", c.hunter2.idString())),
						(who, r) -> assertThat(isActive(jdbc, c.hunter2)).isFalse(), () -> isActive(jdbc, c.hunter2)));
		ops.put("changePassword", new Operation("changePassword", (who) -> calls.run(who,
				"mutation($c: String, $n: String) { changePassword(currentPassword: $c, newPassword: $n) { accessToken employee { id } } }",
				Map.of("c", Company.PASSWORD, "n", "a-brand-new-password-1")), (who, r) -> {
					r.path("changePassword.employee.id").entity(String.class).isEqualTo(calls.member(who).idString());
					assertThat(passwordHashOf(jdbc, calls.member(who))).isNotEqualTo(Company.PASSWORD_HASH);
				}));
		ops.put("resetPassword",
				new Operation("resetPassword", (who) -> calls.run(who,
						"mutation($id: ID, $n: String) { resetPassword(employeeId: $id, newPassword: $n) { id } }",
						Map.of("id", c.hunter2.idString(), "n", "a-brand-new-password-1")),
						(who, r) -> assertThat(passwordHashOf(jdbc, c.hunter2)).isNotEqualTo(Company.PASSWORD_HASH),
						() -> passwordHashOf(jdbc, c.hunter2)));
	}

	private static String fullNameOf(JdbcClient jdbc, Member m) {
		return jdbc.sql("SELECT full_name FROM employee WHERE id = ?").param(m.id()).query(String.class).single();
	}

	private static String passwordHashOf(JdbcClient jdbc, Member m) {
		return jdbc.sql("SELECT password_hash FROM employee WHERE id = ?").param(m.id()).query(String.class).single();
	}

	private static Boolean isActive(JdbcClient jdbc, Member m) {
		return jdbc.sql("SELECT active FROM employee WHERE id = ?").param(m.id()).query(Boolean.class).single();
	}

}
