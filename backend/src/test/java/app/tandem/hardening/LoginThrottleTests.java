package app.tandem.hardening;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import app.tandem.support.Company;
import app.tandem.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At most 10 failed sign-ins per account and per client address in 15 minutes. Every
 * request here comes from 127.0.0.1 and X-Forwarded-For is not trusted by default, so the
 * address counter sees all of them (ProductionSettingsTests trusts one proxy and
 * separates addresses).
 */
@HardenedTest
class LoginThrottleTests {

	static final String WRONG = "Wrong e-mail or password";

	static final String TOO_MANY = "Too many failed sign-ins; try again in 15 minutes";

	static final String ONE_MINUTE = "Too many failed sign-ins; try again in 1 minute";

	@Autowired
	Company company;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	@AfterEach
	void clean() {
		this.company.reset();
		this.jdbc.sql("DELETE FROM login_failure").update();
	}

	@Test
	void tenFailuresThenEvenTheRightPasswordIsRefusedWithoutCheckingIt() {
		IntStream.range(0, 10)
			.forEach((i) -> assertThat(loginError("ivan@test.tandem", "wrong-" + i)).isEqualTo(WRONG));
		long failures = failureRows();
		SqlStatements.reset();
		assertThat(loginError("ivan@test.tandem", Company.PASSWORD)).isEqualTo(TOO_MANY);
		// The refused attempt is not counted, and nothing but reading ran: the account,
		// the throttle's
		// lock and its count (the password is checked only after the throttle lets an
		// attempt through).
		assertThat(failureRows()).isEqualTo(failures);
		assertThat(SqlStatements.recorded())
			.allSatisfy((sql) -> assertThat(sql.strip()).startsWithIgnoringCase("select"))
			.anySatisfy((sql) -> assertThat(sql).contains("login_failure"));
	}

	@Test
	void anUnknownAccountGetsTheSameAnswer() {
		IntStream.range(0, 10).forEach((i) -> loginError("ivan@test.tandem", "wrong-" + i));
		String known = loginError("ivan@test.tandem", "wrong-again");
		String unknown = loginError("nobody@test.tandem", "wrong-again");
		assertThat(known).isEqualTo(unknown).isEqualTo(TOO_MANY);
	}

	@Test
	void tenFailuresFromOneAddressLockEveryAccountThereEvenWithForgedForwardedFor() {
		IntStream.range(0, 10)
			.forEach((i) -> assertThat(loginError("nobody" + i + "@test.tandem", "guess", "203.0.113." + i))
				.isEqualTo(WRONG));
		assertThat(loginError("maria@test.tandem", Company.PASSWORD, "198.51.100.1")).isEqualTo(TOO_MANY);
	}

	@Test
	void whenTheWindowHasPassedSigningInWorksAgain() {
		IntStream.range(0, 10).forEach((i) -> loginError("ivan@test.tandem", "wrong-" + i));
		this.clock.set(TestClock.DEFAULT.plus(Duration.ofMinutes(14)));
		assertThat(loginError("ivan@test.tandem", Company.PASSWORD)).isEqualTo(ONE_MINUTE);
		this.clock.set(TestClock.DEFAULT.plus(Duration.ofMinutes(15)));
		login("ivan@test.tandem", Company.PASSWORD, null).path("login.employee.id")
			.entity(String.class)
			.isEqualTo(this.company.hunter.idString());
	}

	@Test
	void failuresSpreadOverTimeReopenAsTheOldestLeaveTheWindow() {
		for (int minute = 0; minute < 10; minute++) {
			this.clock.set(TestClock.DEFAULT.plus(Duration.ofMinutes(minute)));
			loginError("ivan@test.tandem", "wrong");
		}
		this.clock.set(TestClock.DEFAULT.plus(Duration.ofMinutes(10)));
		assertThat(loginError("ivan@test.tandem", Company.PASSWORD))
			.isEqualTo("Too many failed sign-ins; try again in 5 minutes");
		this.clock.set(TestClock.DEFAULT.plus(Duration.ofMinutes(15)));
		assertThat(loginError("ivan@test.tandem", "wrong")).isEqualTo(WRONG);
		assertThat(loginError("ivan@test.tandem", Company.PASSWORD)).isEqualTo(ONE_MINUTE);
	}

	@Test
	void aliasedLoginsGainNothing() {
		// login is non-null, so the first wrong guess ends the mutation: one failure per
		// request, like a single login.
		String five = "mutation { " + String.join(" ",
				IntStream.range(0, 5)
					.mapToObj((i) -> "l" + i + ": login(email: \"ivan@test.tandem\", password: \"wrong-" + i
							+ "\") { accessToken }")
					.toList())
				+ " }";
		for (int request = 0; request < 10; request++) {
			this.company.anonymous()
				.document(five)
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).singleElement()
					.satisfies((e) -> assertThat(e.getMessage()).isEqualTo(WRONG)));
		}
		assertThat(loginError("ivan@test.tandem", Company.PASSWORD)).isEqualTo(TOO_MANY);
	}

	@Test
	void eachAliasedLoginThatRunsCountsAsAnAttempt() {
		String right = "login(email: \"ivan@test.tandem\", password: \"" + Company.PASSWORD + "\") { accessToken }";
		String request = "mutation { a: " + right + " b: " + right + " c: login(email: \"ivan@test.tandem\", "
				+ "password: \"wrong\") { accessToken } }";
		for (int i = 0; i < 10; i++) {
			this.company.anonymous()
				.document(request)
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).hasSize(1));
		}
		assertThat(loginError("ivan@test.tandem", Company.PASSWORD)).isEqualTo(TOO_MANY);
	}

	@Test
	void theTableHoldsNoEmailAddress() {
		loginError("ivan@test.tandem", "wrong");
		List<String> keys = this.jdbc.sql("SELECT attempt_key FROM login_failure").query(String.class).list();
		assertThat(keys).hasSize(2).allSatisfy((key) -> assertThat(key).matches("[0-9a-f]{64}"));
	}

	private long failureRows() {
		return this.jdbc.sql("SELECT COUNT(*) FROM login_failure").query(Long.class).single();
	}

	private GraphQlTester.Response login(String email, String password, String forwardedFor) {
		GraphQlTester tester = forwardedFor == null ? this.company.anonymous()
				: this.company.anonymous().mutate().header("X-Forwarded-For", forwardedFor).build();
		return tester
			.document("mutation($e: String!, $p: String!) { login(email: $e, password: $p) { employee { id } } }")
			.variable("e", email)
			.variable("p", password)
			.execute();
	}

	private String loginError(String email, String password) {
		return loginError(email, password, null);
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
