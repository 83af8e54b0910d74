package app.tandem.hardening;

import java.net.http.HttpResponse;
import java.time.Duration;

import app.tandem.security.TokenRevocations;
import app.tandem.security.WebSession;
import app.tandem.support.Company;
import app.tandem.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logout revokes the token it was sent with; revoking all of a person's tokens (password
 * change) works too.
 */
@HardenedTest
class TokenRevocationTests {

	static final String ME = Http.query("{ me { id } }");

	static final String LOGOUT = Http.query("mutation { logout }");

	@Autowired
	Company company;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TokenRevocations revocations;

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
	void afterLogoutTheTokenIsRefusedButTheSameUsersOtherTokensStillWork() {
		String phone = signIn();
		String laptop = signIn();
		assertThat(me(phone).statusCode()).isEqualTo(200);
		assertThat(this.http.graphql(LOGOUT, "Authorization", "Bearer " + phone).body())
			.isEqualTo("{\"data\":{\"logout\":true}}");
		HttpResponse<String> refused = me(phone);
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.body()).contains("\"classification\":\"UNAUTHORIZED\"");
		assertThat(me(laptop).body()).contains("\"id\":\"" + this.company.hunter.id() + "\"");
	}

	@Test
	void theWebAppsLogoutRevokesTheCookiesToken() {
		HttpResponse<String> login = this.http.graphql(loginBody(), WebSession.CLIENT_HEADER, "web");
		String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
		String cookie = setCookie.substring(0, setCookie.indexOf(';'));
		String token = cookie.substring(cookie.indexOf('=') + 1);
		assertThat(this.http.graphql(ME, WebSession.CLIENT_HEADER, "web", "Cookie", cookie).body())
			.contains("\"id\":\"" + this.company.hunter.id() + "\"");
		this.http.graphql(LOGOUT, WebSession.CLIENT_HEADER, "web", "Cookie", cookie);
		// A copy of the cookie's token kept by whoever stole it is dead too.
		assertThat(me(token).statusCode()).isEqualTo(401);
		// The cookie itself no longer signs in (refused, or taken for no session at all).
		assertThat(this.http.graphql(ME, WebSession.CLIENT_HEADER, "web", "Cookie", cookie).body())
			.contains("\"classification\":\"UNAUTHORIZED\"")
			.doesNotContain("\"id\"");
	}

	@Test
	void revokingAllOfAPersonsTokensLeavesLaterTokensWorking() {
		String before = signIn();
		this.clock.set(TestClock.DEFAULT.plus(Duration.ofSeconds(1)));
		this.revocations.revokeAllOf(this.company.hunter.id());
		assertThat(me(before).statusCode()).isEqualTo(401);
		assertThat(me(this.company.owner.token()).statusCode()).isEqualTo(200);
		String after = signIn();
		assertThat(me(after).statusCode()).isEqualTo(200);
	}

	@Test
	void revokedRowsAreDroppedOnceTheirTokensHaveExpired() {
		this.http.graphql(LOGOUT, "Authorization", "Bearer " + signIn());
		assertThat(this.company.count("revoked_token")).isEqualTo(1);
		this.clock.set(TestClock.DEFAULT.plus(Duration.ofHours(13)));
		this.http.graphql(LOGOUT, "Authorization", "Bearer " + signIn());
		assertThat(this.company.count("revoked_token")).isEqualTo(1);
	}

	private String signIn() {
		String body = this.http.graphql(loginBody()).body();
		assertThat(body).contains("accessToken");
		int start = body.indexOf("\"accessToken\":\"") + 15;
		return body.substring(start, body.indexOf('"', start));
	}

	private static String loginBody() {
		return Http.query("mutation { login(email: \"ivan@test.tandem\", password: \"" + Company.PASSWORD
				+ "\") { accessToken } }");
	}

	private HttpResponse<String> me(String token) {
		return this.http.graphql(ME, "Authorization", "Bearer " + token);
	}

}
