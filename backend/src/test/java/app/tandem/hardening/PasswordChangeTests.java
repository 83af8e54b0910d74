package app.tandem.hardening;

import java.net.http.HttpResponse;
import java.time.Duration;

import app.tandem.security.WebSession;
import app.tandem.support.Company;
import app.tandem.support.TestClock;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5, part 2: a changed password or a deactivation ends every token the person
 * holds, on every device at once; the new password is checked like a sign-in. Through
 * HTTP, as a phone (bearer token) and as the web app (session cookie).
 */
@HardenedTest
class PasswordChangeTests {

	static final String NEW_PASSWORD = "a-brand-new-password-1";

	static final String ME = Http.query("{ me { id } }");

	@Autowired
	Company company;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	app.tandem.security.AccessTokens tokens;

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	@AfterEach
	void clean() {
		this.company.reset();
		this.jdbc.sql("DELETE FROM login_failure").update();
		this.jdbc.sql("DELETE FROM revoked_token").update();
		this.http = new Http(this.port);
	}

	@Test
	void changingThePasswordEndsEveryOtherSessionAndHandsOutAFreshToken() {
		String phone = signIn(Company.PASSWORD);
		String laptop = signIn(Company.PASSWORD);
		later();
		HttpResponse<String> changed = change(phone, Company.PASSWORD, NEW_PASSWORD);
		assertThat(changed.body()).doesNotContain("\"errors\"");
		String fresh = JsonPath.read(changed.body(), "$.data.changePassword.accessToken");

		assertThat(me(phone).statusCode()).isEqualTo(401);
		assertThat(me(laptop).statusCode()).isEqualTo(401);
		assertThat(me(laptop).body()).contains("\"classification\":\"UNAUTHORIZED\"");
		assertThat(me(fresh).body()).contains("\"id\":\"" + this.company.hunter.id() + "\"");
		assertThat(login(Company.PASSWORD)).contains("\"classification\":\"UNAUTHORIZED\"");
		assertThat(login(NEW_PASSWORD)).contains("accessToken");
	}

	@Test
	void theWebAppGetsAFreshSessionCookieAndTheOldOneStopsWorking() {
		HttpResponse<String> signedIn = this.http.graphql(loginBody(Company.PASSWORD), WebSession.CLIENT_HEADER, "web");
		String oldCookie = cookie(signedIn);
		later();
		HttpResponse<String> changed = this.http.graphql(changeBody(Company.PASSWORD, NEW_PASSWORD),
				WebSession.CLIENT_HEADER, "web", "Cookie", oldCookie);
		assertThat(changed.body()).doesNotContain("\"errors\"");
		String newCookie = cookie(changed);
		assertThat(newCookie).isNotEqualTo(oldCookie);
		assertThat(this.http.graphql(ME, WebSession.CLIENT_HEADER, "web", "Cookie", newCookie).body())
			.contains("\"id\":\"" + this.company.hunter.id() + "\"");
		assertThat(this.http.graphql(ME, WebSession.CLIENT_HEADER, "web", "Cookie", oldCookie).body())
			.contains("\"classification\":\"UNAUTHORIZED\"")
			.doesNotContain("\"id\"");
	}

	@Test
	void aWrongCurrentPasswordChangesNothingAndCountsAsAFailedSignIn() {
		String token = signIn(Company.PASSWORD);
		later();
		HttpResponse<String> refused = change(token, "not-the-password", NEW_PASSWORD);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("\"classification\":\"BAD_REQUEST\"")
			.contains("\"field\":\"currentPassword\"")
			.contains("The current password is wrong")
			.doesNotContain("accessToken");
		assertThat(me(token).statusCode()).as("still signed in").isEqualTo(200);
		assertThat(passwordHash()).isEqualTo(Company.PASSWORD_HASH);
		assertThat(this.company.count("login_failure")).isEqualTo(2);
	}

	@Test
	void aStolenTokenCannotGuessThePasswordPastTheSignInThrottle() {
		String token = signIn(Company.PASSWORD);
		for (int i = 0; i < 10; i++) {
			assertThat(change(token, "guess-number-" + i, NEW_PASSWORD).body())
				.contains("The current password is wrong");
		}
		// The right password now gets the throttle's answer, at the field, without
		// signing anyone out.
		HttpResponse<String> throttled = change(token, Company.PASSWORD, NEW_PASSWORD);
		assertThat(throttled.body()).contains("Too many failed sign-ins")
			.contains("\"field\":\"currentPassword\"")
			.contains("\"classification\":\"BAD_REQUEST\"");
		assertThat(passwordHash()).isEqualTo(Company.PASSWORD_HASH);
		assertThat(me(token).statusCode()).isEqualTo(200);
		assertThat(login(Company.PASSWORD)).contains("Too many failed sign-ins");
	}

	@Test
	void theNewPasswordMustFollowTheRulesAndNothingChangesOtherwise() {
		String token = signIn(Company.PASSWORD);
		assertThat(change(token, Company.PASSWORD, "short").body()).contains("\"field\":\"newPassword\"")
			.contains("newPassword must be at least 12 characters");
		assertThat(change(token, Company.PASSWORD, "я".repeat(40)).body()).contains("\"field\":\"newPassword\"")
			.contains("at most 72 bytes");
		assertThat(change(token, Company.PASSWORD, Company.PASSWORD).body())
			.contains("newPassword must differ from the current password");
		assertThat(this.http
			.graphql(Http.query("mutation { changePassword(newPassword: \"" + NEW_PASSWORD + "\") { accessToken } }"),
					"Authorization", "Bearer " + token)
			.body()).contains("\"field\":\"currentPassword\"");
		assertThat(passwordHash()).isEqualTo(Company.PASSWORD_HASH);
		assertThat(this.company.count("login_failure")).as("bad new passwords are no guesses").isZero();
		assertThat(me(token).statusCode()).isEqualTo(200);
	}

	@Test
	void anonymousCallersCannotChangeAnyPassword() {
		HttpResponse<String> refused = this.http.graphql(changeBody(Company.PASSWORD, NEW_PASSWORD));
		assertThat(refused.body()).contains("\"classification\":\"UNAUTHORIZED\"");
		assertThat(passwordHash()).isEqualTo(Company.PASSWORD_HASH);
	}

	@Test
	void anOwnerResetsAForgottenPasswordAndEveryTokenOfThatPersonStops() {
		String hunters = signIn(Company.PASSWORD);
		later();
		HttpResponse<String> reset = reset(this.company.hunter.idString(), NEW_PASSWORD);
		assertThat(reset.body()).doesNotContain("\"errors\"");
		assertThat(me(hunters).statusCode()).isEqualTo(401);
		assertThat(me(this.company.owner.token()).statusCode()).as("the owner stays signed in").isEqualTo(200);
		assertThat(login(Company.PASSWORD)).contains("\"classification\":\"UNAUTHORIZED\"");
		assertThat(login(NEW_PASSWORD)).contains("accessToken");
	}

	/**
	 * Issue 14 item 5: no second-precision window; tokens carry the credential version
	 * they were issued against.
	 */
	@Test
	void aResetEndsTokensIssuedInTheSameSecondAndBySignInsThatReadTheOldPassword() {
		// The clock stands still: the sign-in, the reset and the check all happen in one
		// second.
		String hunters = signIn(Company.PASSWORD);
		// A sign-in that checked the old password just before the reset committed: its
		// token names the old version.
		String raced = this.tokens.issue(this.company.hunter.id(), 0).value();
		assertThat(me(raced).statusCode()).isEqualTo(200);
		assertThat(reset(this.company.hunter.idString(), NEW_PASSWORD).body()).doesNotContain("\"errors\"");
		assertThat(me(hunters).statusCode()).isEqualTo(401);
		assertThat(me(raced).statusCode()).isEqualTo(401);
		// The new password's sign-in, in the same second, works.
		String fresh = JsonPath.read(login(NEW_PASSWORD), "$.data.login.accessToken");
		assertThat(me(fresh).statusCode()).isEqualTo(200);
	}

	@Test
	void resettingRefusesTheOwnersOwnPasswordUnknownPeopleAndWeakPasswords() {
		assertThat(reset(this.company.owner.idString(), NEW_PASSWORD).body()).contains("\"field\":\"employeeId\"")
			.contains("changePassword");
		assertThat(reset("999999", NEW_PASSWORD).body()).contains("\"classification\":\"NOT_FOUND\"");
		assertThat(reset(this.company.hunter.idString(), "short").body()).contains("\"field\":\"newPassword\"");
		assertThat(passwordHash()).isEqualTo(Company.PASSWORD_HASH);
	}

	@Test
	void deactivationEndsEveryTokenThePersonHolds() {
		String hunters = signIn(Company.PASSWORD);
		later();
		assertThat(this.http
			.graphql(Http.query("mutation { deactivateEmployee(id: \"" + this.company.hunter.id() + "\") { active } }"),
					"Authorization", "Bearer " + this.company.owner.token())
			.body()).contains("\"active\":false");
		HttpResponse<String> refused = me(hunters);
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.body()).contains("\"classification\":\"UNAUTHORIZED\"");
	}

	/**
	 * Tokens carry whole seconds; revocation ends those issued before the current second.
	 */
	private void later() {
		this.clock.set(TestClock.DEFAULT.plus(Duration.ofSeconds(1)));
	}

	private String passwordHash() {
		return this.jdbc.sql("SELECT password_hash FROM employee WHERE id = ?")
			.param(this.company.hunter.id())
			.query(String.class)
			.single();
	}

	private HttpResponse<String> change(String token, String current, String next) {
		return this.http.graphql(changeBody(current, next), "Authorization", "Bearer " + token);
	}

	private HttpResponse<String> reset(String employeeId, String password) {
		return this.http.graphql(Http.query("mutation { resetPassword(employeeId: \"" + employeeId
				+ "\", newPassword: \"" + password + "\") { id } }"), "Authorization",
				"Bearer " + this.company.owner.token());
	}

	private static String changeBody(String current, String next) {
		return Http.query("mutation { changePassword(currentPassword: \"" + current + "\", newPassword: \"" + next
				+ "\") { accessToken } }");
	}

	private String signIn(String password) {
		return JsonPath.read(this.http.graphql(loginBody(password)).body(), "$.data.login.accessToken");
	}

	private String login(String password) {
		return this.http.graphql(loginBody(password)).body();
	}

	private static String loginBody(String password) {
		return Http
			.query("mutation { login(email: \"ivan@test.tandem\", password: \"" + password + "\") { accessToken } }");
	}

	private static String cookie(HttpResponse<String> response) {
		String setCookie = response.headers().firstValue("Set-Cookie").orElseThrow();
		return setCookie.substring(0, setCookie.indexOf(';'));
	}

	private HttpResponse<String> me(String token) {
		return this.http.graphql(ME, "Authorization", "Bearer " + token);
	}

}
