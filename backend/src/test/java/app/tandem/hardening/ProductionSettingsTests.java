package app.tandem.hardening;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import app.tandem.support.Company;
import app.tandem.support.TandemTest;
import graphql.introspection.Introspection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings of the mysql profile that matter here (introspection and GraphiQL off),
 * plus one trusted reverse proxy, so that X-Forwarded-For tells client addresses apart.
 */
@TandemTest
@Import(SqlStatements.class)
@TestPropertySource(properties = { "spring.graphql.schema.introspection.enabled=false", "tandem.graphiql.enabled=false",
		"tandem.security.trusted-proxies=1" })
class ProductionSettingsTests {

	static final String WRONG = "Wrong e-mail or password";

	static final String TOO_MANY = "Too many failed sign-ins; try again in 15 minutes";

	@Autowired
	Company company;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	/**
	 * Spring Boot applies the introspection setting JVM-wide when this class's context
	 * starts: undone afterwards.
	 */
	static boolean introspectionBefore;

	@BeforeAll
	static void rememberIntrospection() {
		introspectionBefore = Introspection.isEnabledJvmWide();
	}

	@AfterAll
	static void restoreIntrospection() {
		Introspection.enabledJvmWide(introspectionBefore);
	}

	@BeforeEach
	@AfterEach
	void clean() {
		this.company.reset();
		this.jdbc.sql("DELETE FROM login_failure").update();
	}

	@Test
	void introspectionIsRefusedWithoutAnySql() {
		Http http = new Http(this.port);
		for (String document : List.of("{ __schema { types { name } } }", "{ __type(name: \"Lead\") { name } }",
				IntrospectionQuery.FULL)) {
			SqlStatements.reset();
			HttpResponse<String> response = http.graphql(Http.query(document));
			assertThat(response.body())
				.contains("\"classification\":\"BAD_REQUEST\"", "\"code\":\"INTROSPECTION_DISABLED\"")
				.doesNotContain("\"data\"");
			Http.assertHygienic(response);
			assertThat(SqlStatements.recorded()).isEmpty();
		}
		// __typename is not introspection of the schema and stays available.
		assertThat(http.graphql(Http.query("{ __typename }")).body()).contains("\"__typename\":\"Query\"");
	}

	@Test
	void withNoAllowedOriginsEveryPreflightIsRefused() {
		Http http = new Http(this.port);
		HttpResponse<String> response = http.send(http.to("/graphql")
			.header("Origin", "https://app.tandem.test")
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "content-type, x-tandem-client")
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	@Test
	void graphiqlIsOff() {
		Http http = new Http(this.port);
		assertThat(http.send(http.to("/graphiql").GET()).statusCode()).isEqualTo(404);
	}

	@Test
	void accountsAreThrottledWhateverAddressTheAttemptsComeFrom() {
		for (int i = 0; i < 10; i++) {
			assertThat(loginError("ivan@test.tandem", "wrong", "203.0.113." + i)).isEqualTo(WRONG);
			assertThat(loginError("nobody@test.tandem", "wrong", "203.0.113." + (100 + i))).isEqualTo(WRONG);
		}
		String known = loginError("ivan@test.tandem", Company.PASSWORD, "198.51.100.1");
		String unknown = loginError("nobody@test.tandem", "wrong", "198.51.100.2");
		assertThat(known).isEqualTo(unknown).isEqualTo(TOO_MANY);
		// Other accounts are not affected.
		login("maria@test.tandem", Company.PASSWORD, "198.51.100.3").path("login.employee.id").hasValue();
	}

	@Test
	void anAddressIsThrottledAcrossAccountsAndOtherAddressesAreNot() {
		for (int i = 0; i < 10; i++) {
			assertThat(loginError("nobody" + i + "@test.tandem", "wrong", "203.0.113.50")).isEqualTo(WRONG);
		}
		assertThat(loginError("ivan@test.tandem", Company.PASSWORD, "203.0.113.50")).isEqualTo(TOO_MANY);
		// Only the entry our proxy appended counts; what the client wrote before it is
		// ignored.
		assertThat(loginError("ivan@test.tandem", Company.PASSWORD, "198.51.100.9, 203.0.113.50")).isEqualTo(TOO_MANY);
		login("ivan@test.tandem", Company.PASSWORD, "203.0.113.50, 203.0.113.51").path("login.employee.id").hasValue();
	}

	@Test
	void aSuccessfulSignInClearsTheAccountsFailures() {
		for (int i = 0; i < 9; i++) {
			loginError("ivan@test.tandem", "wrong", "203.0.113." + i);
		}
		login("ivan@test.tandem", Company.PASSWORD, "203.0.113.200").path("login.employee.id").hasValue();
		for (int i = 0; i < 9; i++) {
			loginError("ivan@test.tandem", "wrong", "203.0.113." + (20 + i));
		}
		login("ivan@test.tandem", Company.PASSWORD, "203.0.113.201").path("login.employee.id").hasValue();
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

	/**
	 * Issue 14 item 8: behind one trusted TLS-terminating proxy the session cookie is
	 * Secure and HSTS is sent.
	 */
	@Test
	void behindATrustedHttpsProxyTheCookieIsSecureAndHstsIsSent() {
		Http http = new Http(this.port);
		String login = Http.query("mutation { login(email: \"ivan@test.tandem\", password: \"" + Company.PASSWORD
				+ "\") { expiresAt } }");
		HttpResponse<String> https = http.graphql(login, "X-Tandem-Client", "web", "X-Forwarded-Proto", "https");
		assertThat(https.headers().firstValue("Set-Cookie")).hasValueSatisfying(
				(cookie) -> assertThat(cookie).contains("tandem_session=").contains("Secure").contains("HttpOnly"));
		assertThat(https.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains"));
		// The proxy saw plain HTTP (a client's own "https" before it does not count): no
		// Secure, no HSTS.
		HttpResponse<String> plain = http.graphql(login, "X-Tandem-Client", "web", "X-Forwarded-Proto", "https, http");
		assertThat(plain.headers().firstValue("Set-Cookie"))
			.hasValueSatisfying((cookie) -> assertThat(cookie).doesNotContain("Secure"));
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

}
