package app.tandem.people;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import app.tandem.support.Company;
import app.tandem.support.Company.Member;
import app.tandem.support.Race;
import app.tandem.support.TandemTest;
import org.junit.jupiter.api.RepeatedTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 item 3: two owners demoting or deactivating each other at the same moment must
 * leave the company with an active owner. The check and the change are serialized by a
 * row lock on the active owners, so the second request sees the first one's result (on H2
 * and on MariaDB).
 */
@TandemTest
class LastOwnerRaceTests {

	@Autowired
	Company company;

	@Autowired
	JdbcClient jdbc;

	@RepeatedTest(3)
	void twoOwnersDemotingEachOtherLeaveOne() throws Exception {
		Company c = this.company.reset();
		Member second = c.hire("Oleg Owner", "oleg@test.tandem", "OWNER", null);
		List<String> outcomes = Race.run(demote(c.owner, second), demote(second, c.owner));
		// The loser is refused: as the last owner (BAD_REQUEST) or, when it starts after
		// the winner
		// committed, as no longer an owner (FORBIDDEN).
		assertThat(outcomes).containsOnlyOnce("OK").hasSize(2);
		assertThat(outcomes).allMatch((o) -> List.of("OK", "BAD_REQUEST", "FORBIDDEN").contains(o));
		assertThat(activeOwners()).isEqualTo(1);
	}

	@RepeatedTest(3)
	void twoOwnersDeactivatingEachOtherLeaveOne() throws Exception {
		Company c = this.company.reset();
		Member second = c.hire("Oleg Owner", "oleg@test.tandem", "OWNER", null);
		List<String> outcomes = Race.run(deactivate(c.owner, second), deactivate(second, c.owner));
		assertThat(outcomes).containsOnlyOnce("OK");
		assertThat(outcomes).allMatch((o) -> List.of("OK", "BAD_REQUEST", "FORBIDDEN", "UNAUTHORIZED").contains(o));
		assertThat(activeOwners()).isEqualTo(1);
	}

	private long activeOwners() {
		return this.jdbc.sql("SELECT COUNT(*) FROM employee WHERE role = 'OWNER' AND active = TRUE")
			.query(Long.class)
			.single();
	}

	private static Callable<String> demote(Member who, Member whom) {
		return () -> outcome(who.graphql()
			.document("mutation($i: UpdateEmployeeInput!) { updateEmployee(input: $i) { role } }")
			.variable("i",
					Map.of("id", whom.idString(), "fullName", "Demoted", "role", "EMPLOYEE", "position", "MARKETER"))
			.execute());
	}

	private static Callable<String> deactivate(Member who, Member whom) {
		return () -> outcome(who.graphql()
			.document("mutation($id: ID!) { deactivateEmployee(id: $id) { active } }")
			.variable("id", whom.idString())
			.execute());
	}

	private static String outcome(GraphQlTester.Response response) {
		List<Object> errors = response.returnResponse()
			.getErrors()
			.stream()
			.map((e) -> e.getExtensions().get("classification"))
			.toList();
		return errors.isEmpty() ? "OK" : String.valueOf(errors.get(0));
	}

}
