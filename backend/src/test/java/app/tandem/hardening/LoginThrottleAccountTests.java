package app.tandem.hardening;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import app.tandem.support.Company;
import app.tandem.support.Race;
import app.tandem.support.TandemTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 item 4: the account's count of failed sign-ins cannot be dodged by spelling
 * the address the way the database's collation still matches ("Ívan@", "ivan@tést"), nor
 * overshot by sending the guesses in parallel. One trusted proxy, so that each attempt
 * can come from its own address and only the account's count is tested (the same
 * configuration as ProductionSettingsTests, so both share one application context).
 */
@TandemTest
@Import(SqlStatements.class)
@TestPropertySource(properties = { "spring.graphql.schema.introspection.enabled=false", "tandem.graphiql.enabled=false",
		"tandem.security.trusted-proxies=1" })
class LoginThrottleAccountTests {

	static final String WRONG = "Wrong e-mail or password";

	static final String TOO_MANY = "Too many failed sign-ins; try again in 15 minutes";

	@Autowired
	Company company;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	@AfterEach
	void clean() {
		this.company.reset();
		this.jdbc.sql("DELETE FROM login_failure").update();
	}

	@Test
	void spellingsWithAccentsAndCapitalsCountAgainstTheOneAccount() {
		List<String> spellings = List.of("Ívan@test.tandem", "ivan@tést.tandem", "IVAN@TEST.TANDEM", "ivän@test.tandem",
				" ivan@test.tandem ");
		for (int i = 0; i < 10; i++) {
			assertThat(loginError(spellings.get(i % spellings.size()), "wrong-" + i, "203.0.113." + i))
				.isEqualTo(WRONG);
		}
		assertThat(loginError("ivan@test.tandem", Company.PASSWORD, "198.51.100.7")).isEqualTo(TOO_MANY);
	}

	@Test
	void anAccentedSpellingNeverSignsInEvenWithTheRightPassword() {
		// MySQL/MariaDB find ivan@ for "ívan@"; H2 does not: either way the answer is the
		// same refusal.
		assertThat(loginError("ívan@test.tandem", Company.PASSWORD, "203.0.113.50")).isEqualTo(WRONG);
		login("IVAN@test.tandem", Company.PASSWORD, "203.0.113.51").path("login.employee.id")
			.entity(String.class)
			.isEqualTo(this.company.hunter.idString());
	}

	@Test
	void parallelWrongSignInsStopExactlyAtTheLimit() throws Exception {
		@SuppressWarnings("unchecked")
		Callable<String>[] guesses = IntStream.range(0, 30)
			.mapToObj((i) -> (Callable<String>) () -> loginError("ivan@test.tandem", "wrong-" + i,
					"203.0.113." + (100 + i)))
			.toArray(Callable[]::new);
		List<String> answers = Race.run(guesses);
		assertThat(answers.stream().filter(WRONG::equals).count()).as("guesses that reached a password check")
			.isEqualTo(10);
		assertThat(answers.stream().filter(TOO_MANY::equals).count()).isEqualTo(20);
		assertThat(loginError("ivan@test.tandem", Company.PASSWORD, "198.51.100.8")).isEqualTo(TOO_MANY);
	}

	private GraphQlTester.Response login(String email, String password, String forwardedFor) {
		return this.company.anonymous()
			.mutate()
			.header("X-Forwarded-For", forwardedFor)
			.build()
			.document("mutation($e: String!, $p: String!) { login(email: $e, password: $p) { employee { id } } }")
			.variable("e", email)
			.variable("p", password)
			.execute();
	}

	private String loginError(String email, String password, String forwardedFor) {
		AtomicReference<String> message = new AtomicReference<>();
		login(email, password, forwardedFor).errors().satisfy((errors) -> {
			assertThat(errors).singleElement()
				.satisfies((e) -> assertThat(e.getExtensions()).containsEntry("classification", "UNAUTHORIZED"));
			message.set(errors.get(0).getMessage());
		});
		return message.get();
	}

}
