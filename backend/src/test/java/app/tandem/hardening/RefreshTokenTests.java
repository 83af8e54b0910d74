package app.tandem.hardening;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import app.tandem.security.WebSession;
import app.tandem.support.Company;
import app.tandem.support.GraphQlSocket;
import app.tandem.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Refresh tokens for bearer clients (SPEC §11, docs/security.md "Sessions"), over HTTP as
 * an app meets them: rotation, reuse detection, the absolute 30 days, revocation by
 * logout, password change and deactivation, TOKEN_EXPIRED, and the web app's cookie
 * session beside them.
 */
@HardenedTest
@ExtendWith(OutputCaptureExtension.class)
class RefreshTokenTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String ME = Http.query("{ me { id } }");

	static final String PAYLOAD = "{ accessToken expiresAt refreshToken refreshExpiresAt employee { id email } }";

	@Autowired
	Company company;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	@AfterEach
	void clean() {
		this.company.reset();
		this.http = new Http(this.port);
	}

	@Test
	void loginGivesABearerClientAFifteenMinuteAccessTokenAndARefreshTokenForThirtyDays() {
		JsonNode login = login("ivan@test.tandem");
		assertThat(instant(login, "expiresAt")).isEqualTo("2026-11-15T09:15:00Z");
		assertThat(instant(login, "refreshExpiresAt")).isEqualTo("2026-12-15T09:00:00Z");
		// 32 random bytes, Base64url: 256 bits.
		assertThat(login.get("refreshToken").asString()).matches("[A-Za-z0-9_-]{43}");
		// Only the hash is stored.
		assertThat(this.jdbc.sql("SELECT token_hash FROM refresh_token").query(String.class).single()).hasSize(64)
			.isNotEqualTo(login.get("refreshToken").asString());
	}

	@Test
	void refreshingRotatesTheTokenAndTheNewPairWorks() {
		JsonNode login = login("ivan@test.tandem");
		this.clock.set(TestClock.DEFAULT.plus(Duration.ofMinutes(10)));
		JsonNode refreshed = refresh(login.get("refreshToken").asString()).path("data").path("refreshSession");
		assertThat(refreshed.get("refreshToken").asString()).isNotEqualTo(login.get("refreshToken").asString());
		assertThat(refreshed.get("accessToken").asString()).isNotEqualTo(login.get("accessToken").asString());
		assertThat(instant(refreshed, "expiresAt")).isEqualTo("2026-11-15T09:25:00Z");
		// The sign-in's end does not move.
		assertThat(instant(refreshed, "refreshExpiresAt")).isEqualTo("2026-12-15T09:00:00Z");
		assertThat(refreshed.path("employee").get("email").asString()).isEqualTo("ivan@test.tandem");
		assertThat(me(refreshed.get("accessToken").asString()).body())
			.contains("\"id\":\"" + this.company.hunter.id() + "\"");
		// And the chain goes on.
		JsonNode again = refresh(refreshed.get("refreshToken").asString()).path("data").path("refreshSession");
		assertThat(me(again.get("accessToken").asString()).statusCode()).isEqualTo(200);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM refresh_token WHERE parent_id IS NOT NULL")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void reusingARotatedTokenEndsTheWholeFamilyButNotOtherSignIns(CapturedOutput output) {
		JsonNode phone = login("ivan@test.tandem");
		JsonNode laptop = login("ivan@test.tandem");
		String first = phone.get("refreshToken").asString();
		JsonNode second = refresh(first).path("data").path("refreshSession");
		JsonNode third = refresh(second.get("refreshToken").asString()).path("data").path("refreshSession");
		// The thief (or a confused client) presents the first, already rotated token.
		assertRefused(refresh(first));
		assertThat(output).contains("SECURITY refresh token reuse");
		// The newest descendant stops working too, and so do the family's access tokens,
		// at once.
		assertRefused(refresh(third.get("refreshToken").asString()));
		assertThat(me(third.get("accessToken").asString()).statusCode()).isEqualTo(401);
		assertThat(me(phone.get("accessToken").asString()).statusCode()).isEqualTo(401);
		// The same person's other sign-in is untouched.
		assertThat(me(laptop.get("accessToken").asString()).statusCode()).isEqualTo(200);
		assertThat(refresh(laptop.get("refreshToken").asString()).path("errors").isMissingNode()).isTrue();
	}

	@Test
	void twoRefreshesWithOneTokenAtOnceAreOneRefreshAndOneReuse() throws Exception {
		String token = login("ivan@test.tandem").get("refreshToken").asString();
		List<Callable<JsonNode>> both = List.of(() -> refresh(token), () -> refresh(token));
		List<JsonNode> answers = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (Future<JsonNode> answer : pool.invokeAll(both)) {
				answers.add(answer.get());
			}
		}
		finally {
			pool.shutdown();
		}
		List<JsonNode> won = answers.stream().filter((a) -> a.path("errors").isMissingNode()).toList();
		assertThat(won).hasSize(1);
		// No grace for a parallel retry: the loser's reuse ended the family, the winner's
		// new pair included.
		JsonNode winner = won.get(0).path("data").path("refreshSession");
		assertRefused(refresh(winner.get("refreshToken").asString()));
		assertThat(me(winner.get("accessToken").asString()).statusCode()).isEqualTo(401);
	}

	@Test
	void aSignInEndsThirtyDaysAfterLoginHoweverOftenItWasRefreshed() {
		String token = login("ivan@test.tandem").get("refreshToken").asString();
		for (int day = 10; day <= 29; day += 19) {
			this.clock.set(TestClock.DEFAULT.plus(Duration.ofDays(day)));
			token = refresh(token).path("data").path("refreshSession").get("refreshToken").asString();
		}
		this.clock.set(TestClock.DEFAULT.plus(Duration.ofDays(30)).minusSeconds(60));
		JsonNode last = refresh(token).path("data").path("refreshSession");
		// The access token never outlives the sign-in.
		assertThat(instant(last, "expiresAt")).isEqualTo("2026-12-15T09:00:00Z");
		this.clock.set(TestClock.DEFAULT.plus(Duration.ofDays(30)));
		assertRefused(refresh(last.get("refreshToken").asString()));
	}

	@Test
	void anExpiredAccessTokenAnswers401TokenExpiredAndARefreshedOneWorks() throws Exception {
		JsonNode login = login("ivan@test.tandem");
		String access = login.get("accessToken").asString();
		this.clock.set(TestClock.DEFAULT.plus(Duration.ofMinutes(15)).minusSeconds(1));
		assertThat(me(access).statusCode()).isEqualTo(200);
		this.clock.set(TestClock.DEFAULT.plus(Duration.ofMinutes(15)));
		HttpResponse<String> expired = me(access);
		assertThat(expired.statusCode()).isEqualTo(401);
		assertThat(expired.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
		JsonNode error = JSON.readTree(expired.body()).path("errors").get(0);
		assertThat(error.path("extensions").path("code").asString()).isEqualTo("TOKEN_EXPIRED");
		assertThat(error.path("extensions").path("classification").asString()).isEqualTo("UNAUTHORIZED");
		assertThat(error.path("message").asString()).contains("refreshSession");
		Http.assertHygienic(expired);
		String fresh = refresh(login.get("refreshToken").asString()).path("data")
			.path("refreshSession")
			.get("accessToken")
			.asString();
		assertThat(me(fresh).statusCode()).isEqualTo(200);
		// A tampered token stays TOKEN_INVALID, expired or not: only a good token can be
		// "expired".
		HttpResponse<String> forged = me(access.substring(0, access.length() - 2) + "xx");
		assertThat(forged.statusCode()).isEqualTo(401);
		assertThat(forged.body()).contains("\"code\":\"TOKEN_INVALID\"");
		// Subscriptions: an expired token in connection_init still closes the connection
		// with 4401.
		try (GraphQlSocket socket = GraphQlSocket.open(this.port)) {
			assertThat(socket.init(Map.of("Authorization", "Bearer " + access + "x"))).isNull();
			assertThat(socket.closeCode(Duration.ofSeconds(2))).as("forged").isEqualTo(4401);
		}
		try (GraphQlSocket socket = GraphQlSocket.open(this.port)) {
			assertThat(socket.init(Map.of("Authorization", "Bearer " + access))).isNull();
			assertThat(socket.closeCode(Duration.ofSeconds(2))).isEqualTo(4401);
		}
	}

	@Test
	void logoutEndsTheSignInsRefreshTokens() {
		JsonNode login = login("ivan@test.tandem");
		JsonNode refreshed = refresh(login.get("refreshToken").asString()).path("data").path("refreshSession");
		assertThat(this.http
			.graphql(Http.query("mutation { logout }"), "Authorization",
					"Bearer " + refreshed.get("accessToken").asString())
			.body()).contains("\"logout\":true");
		assertRefused(refresh(refreshed.get("refreshToken").asString()));
		// Every access token of the sign-in, the one from before the refresh included.
		assertThat(me(login.get("accessToken").asString()).statusCode()).isEqualTo(401);
	}

	@Test
	void aPasswordChangeEndsEveryRefreshTokenOfThePersonAndHandsOutANewOne() {
		JsonNode phone = login("ivan@test.tandem");
		JsonNode tablet = login("ivan@test.tandem");
		String newPassword = "a-brand-new-password-2026";
		JsonNode changed = body(this.http.graphql(
				Http.query("mutation { changePassword(currentPassword: \"" + Company.PASSWORD + "\", newPassword: \""
						+ newPassword + "\") " + PAYLOAD + " }"),
				"Authorization", "Bearer " + phone.get("accessToken").asString()))
			.path("data")
			.path("changePassword");
		assertRefused(refresh(phone.get("refreshToken").asString()));
		assertRefused(refresh(tablet.get("refreshToken").asString()));
		assertThat(refresh(changed.get("refreshToken").asString()).path("errors").isMissingNode()).isTrue();
	}

	@Test
	void aPasswordResetAndADeactivationEndEveryRefreshTokenOfThePerson() {
		String beforeReset = login("ivan@test.tandem").get("refreshToken").asString();
		String resetPassword = "set-by-the-owner-2026";
		this.company.owner.graphql()
			.document("mutation($id: ID) { resetPassword(employeeId: $id, newPassword: \"" + resetPassword
					+ "\") { id } }")
			.variable("id", this.company.hunter.idString())
			.execute()
			.path("resetPassword.id")
			.hasValue();
		assertRefused(refresh(beforeReset));
		String beforeDeactivation = login("ivan@test.tandem", resetPassword).get("refreshToken").asString();
		String other = login("anna@test.tandem").get("refreshToken").asString();
		this.company.owner.graphql()
			.document("mutation($id: ID!) { deactivateEmployee(id: $id) { active } }")
			.variable("id", this.company.hunter.idString())
			.execute()
			.path("deactivateEmployee.active")
			.entity(Boolean.class)
			.isEqualTo(false);
		assertRefused(refresh(beforeDeactivation));
		assertThat(refresh(other).path("errors").isMissingNode()).isTrue();
	}

	@Test
	void garbageGetsOneAnswerWhateverItIs() {
		for (String garbage : List.of("", "x", "A".repeat(43), "A".repeat(5000), "' OR 1=1 --")) {
			assertRefused(refresh(garbage));
		}
		// A refresh token is no access token, and an access token no refresh token.
		JsonNode login = login("ivan@test.tandem");
		assertRefused(refresh(login.get("accessToken").asString()));
		assertThat(me(login.get("refreshToken").asString()).statusCode()).isEqualTo(401);
		// Nor can one request try a batch of guesses.
		StringBuilder batch = new StringBuilder("mutation {");
		for (int i = 0; i < 6; i++) {
			batch.append(" r")
				.append(i)
				.append(": refreshSession(refreshToken: \"guess")
				.append(i)
				.append("\") { accessToken }");
		}
		JsonNode refused = body(this.http.graphql(Http.query(batch.append(" }").toString())));
		assertThat(refused.path("errors").get(0).path("extensions").path("code").asString())
			.isEqualTo("TOO_MANY_SIGN_INS");
	}

	@Test
	void theWebAppGetsNoRefreshTokenAndItsCookieIsRenewedQuietlyWhileInUse() {
		HttpResponse<String> login = this.http.graphql(loginBody("ivan@test.tandem", Company.PASSWORD),
				WebSession.CLIENT_HEADER, "web");
		JsonNode payload = body(login).path("data").path("login");
		assertThat(payload.get("refreshToken").isNull()).isTrue();
		assertThat(instant(payload, "expiresAt")).isEqualTo("2026-11-15T21:00:00Z");
		String cookie = cookie(login);
		// Early on, no new cookie with every request.
		this.clock.set(TestClock.DEFAULT.plus(Duration.ofHours(1)));
		HttpResponse<String> early = web(cookie);
		assertThat(early.body()).contains("\"id\":\"" + this.company.hunter.id() + "\"");
		assertThat(early.headers().firstValue("Set-Cookie")).isEmpty();
		// Past half its lifetime, the answer carries a fresh cookie of the same session.
		this.clock.set(TestClock.DEFAULT.plus(Duration.ofHours(7)));
		HttpResponse<String> renewing = web(cookie);
		assertThat(renewing.body()).contains("\"id\":\"" + this.company.hunter.id() + "\"");
		assertThat(renewing.headers().allValues("Set-Cookie")).hasSize(2)
			.allSatisfy((set) -> assertThat(set).contains("HttpOnly", "SameSite=Strict", "Max-Age=43200"));
		String renewed = cookie(renewing);
		assertThat(renewed).isNotEqualTo(cookie);
		// The first cookie's token has expired; the renewed one goes on.
		this.clock.set(TestClock.DEFAULT.plus(Duration.ofHours(13)));
		assertThat(web(cookie).body()).contains("\"code\":\"SIGN_IN_REQUIRED\"");
		assertThat(web(renewed).body()).contains("\"id\":\"" + this.company.hunter.id() + "\"");
		// Logout with the renewed cookie ends the session, whatever copy of its tokens
		// someone kept.
		this.http.graphql(Http.query("mutation { logout }"), WebSession.CLIENT_HEADER, "web", "Cookie", renewed);
		assertThat(me(renewed.substring(renewed.indexOf('=') + 1)).statusCode()).isEqualTo(401);
	}

	@Test
	void theWebSessionEndsThirtyDaysAfterSignInHoweverBusy() {
		String cookie = cookie(
				this.http.graphql(loginBody("ivan@test.tandem", Company.PASSWORD), WebSession.CLIENT_HEADER, "web"));
		Instant now = TestClock.DEFAULT;
		while (now.isBefore(TestClock.DEFAULT.plus(Duration.ofDays(30)))) {
			now = now.plus(Duration.ofHours(7));
			this.clock.set(now);
			HttpResponse<String> answer = web(cookie);
			if (answer.body().contains("SIGN_IN_REQUIRED")) {
				break;
			}
			if (answer.headers().firstValue("Set-Cookie").isPresent()) {
				cookie = cookie(answer);
			}
		}
		assertThat(now).isBetween(TestClock.DEFAULT.plus(Duration.ofDays(30)),
				TestClock.DEFAULT.plus(Duration.ofDays(30).plusHours(7)));
	}

	private JsonNode login(String email) {
		return login(email, Company.PASSWORD);
	}

	private JsonNode login(String email, String password) {
		JsonNode answer = body(this.http.graphql(loginBody(email, password)));
		assertThat(answer.path("errors").isMissingNode()).as(answer.toString()).isTrue();
		return answer.path("data").path("login");
	}

	private static String loginBody(String email, String password) {
		return Http
			.query("mutation { login(email: \"" + email + "\", password: \"" + password + "\") " + PAYLOAD + " }");
	}

	private JsonNode refresh(String token) {
		return body(this.http
			.graphql(Http.query("mutation($t: String!) { refreshSession(refreshToken: $t) " + PAYLOAD + " }")
				.replaceFirst("}$", ",\"variables\":{\"t\":" + Http.string(token) + "}}")));
	}

	private static void assertRefused(JsonNode answer) {
		assertThat(answer.path("data").path("refreshSession").isMissingNode()
				|| answer.path("data").path("refreshSession").isNull())
			.as(answer.toString())
			.isTrue();
		JsonNode error = answer.path("errors").get(0);
		assertThat(error).as(answer.toString()).isNotNull();
		assertThat(error.path("extensions").path("code").asString()).isEqualTo("INVALID_REFRESH_TOKEN");
		assertThat(error.path("extensions").path("classification").asString()).isEqualTo("UNAUTHORIZED");
	}

	private HttpResponse<String> me(String token) {
		return this.http.graphql(ME, "Authorization", "Bearer " + token);
	}

	private HttpResponse<String> web(String cookie) {
		return this.http.graphql(ME, WebSession.CLIENT_HEADER, "web", "Cookie", cookie);
	}

	private static String cookie(HttpResponse<String> response) {
		String set = response.headers().firstValue("Set-Cookie").orElseThrow();
		return set.substring(0, set.indexOf(';'));
	}

	/**
	 * A DateTime as an instant in UTC ("…Z"): the API answers in the company's time zone.
	 */
	private static String instant(JsonNode payload, String field) {
		return OffsetDateTime.parse(payload.get(field).asString()).toInstant().toString();
	}

	private static JsonNode body(HttpResponse<String> response) {
		Http.assertHygienic(response);
		return JSON.readTree(response.body());
	}

}
