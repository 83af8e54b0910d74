package app.tandem.hardening;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import app.tandem.security.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security headers, CORS, and no stack traces for requests that go wrong before GraphQL
 * runs.
 */
@HardenedTest
class WebHardeningTests {

	static final String FOREIGN = "https://evil.example";

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@Test
	void theWebAppAndTheApiCarryTheSecurityHeaders() {
		for (HttpResponse<String> response : List.of(this.http.send(this.http.to("/").GET()),
				this.http.graphql(Http.query("{ company { name } }")))) {
			assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
					(csp) -> assertThat(csp)
						.contains("default-src 'self'", "script-src 'self';", "style-src 'self' 'unsafe-inline'",
								"img-src 'self' data:", "connect-src 'self'", "frame-ancestors 'none'",
								"base-uri 'self'", "form-action 'self'")
						.doesNotContain("esm.sh"));
			assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
			assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		}
	}

	@Test
	void graphiqlIsServedFromTheAppsOwnBundleUnderTheAppsPolicy() {
		HttpResponse<String> page = this.http.send(this.http.to("/graphiql").GET());
		// The stand-in build or the real one: either way the page, or 404 when no
		// frontend was built.
		if (page.statusCode() == 200) {
			assertThat(page.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
			assertThat(page.body()).contains("id=\"graphiql\"").doesNotContain("esm.sh");
		}
		else {
			assertThat(page.statusCode()).isEqualTo(404);
		}
		assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				(csp) -> assertThat(csp).contains("script-src 'self';").doesNotContain("esm.sh", "sha256-"));
		assertThat(this.http.send(this.http.to("/graphiql.html").GET()).statusCode()).isEqualTo(404);
	}

	@Test
	void aPreflightFromAForeignOriginIsRefusedSoItCannotSendTheWebAppsHeader() {
		HttpResponse<String> response = preflight(FOREIGN);
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		Http.assertHygienic(response);
	}

	@Test
	void aPreflightFromAnAllowedOriginIsGrantedWithCredentials() {
		HttpResponse<String> response = preflight(HardenedTest.ALLOWED_ORIGIN);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(HardenedTest.ALLOWED_ORIGIN);
		assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).hasValue("true");
		assertThat(response.headers().firstValue("Access-Control-Allow-Headers").orElseThrow())
			.containsIgnoringCase(WebSession.CLIENT_HEADER);
	}

	@Test
	void aForeignPageCannotReadAnswers() {
		HttpResponse<String> response = this.http.graphql(Http.query("{ company { name } }"), "Origin", FOREIGN);
		assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	@Test
	void aBodyThatIsNotJsonGetsNoStackTrace() {
		HttpResponse<String> response = this.http.graphql("{\"query\": \"{ company { name } }\", oops");
		assertThat(response.statusCode()).isEqualTo(400);
		Http.assertHygienic(response);
	}

	@Test
	void aContentTypeThatIsNotJsonGetsNoStackTrace() {
		HttpResponse<String> response = this.http.send(this.http.to("/graphql")
			.header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString("{ company { name } }")));
		assertThat(response.statusCode()).isBetween(400, 499);
		Http.assertHygienic(response);
		HttpResponse<String> xml = this.http.send(this.http.to("/graphql")
			.header("Content-Type", "application/xml")
			.POST(HttpRequest.BodyPublishers.ofString("<query/>")));
		assertThat(xml.statusCode()).isBetween(400, 499);
		Http.assertHygienic(xml);
	}

	@Test
	void aGetWithABadQueryGetsNoStackTrace() {
		HttpResponse<String> response = this.http
			.send(this.http.to("/graphql?query=" + URLEncoder.encode("{ company { name ", StandardCharsets.UTF_8))
				.header("Accept", "application/json")
				.GET());
		assertThat(response.statusCode()).isBetween(200, 499);
		Http.assertHygienic(response);
	}

	@Test
	void anExceptionOutsideTheResolversBecomesAnOpaqueInternalError() {
		HttpResponse<String> response = this.http
			.graphql(Http.query("query " + ExplodingInstrumentation.OPERATION + " { company { name } }"));
		Http.assertHygienic(response);
		assertThat(response.body()).contains("\"classification\":\"INTERNAL_ERROR\"", "\"errorId\":")
			.doesNotContain(ExplodingInstrumentation.SECRET);
	}

	@Test
	void aMissingQueryGetsNoStackTrace() {
		HttpResponse<String> response = this.http.graphql("{\"variables\": {}}");
		assertThat(response.statusCode()).isBetween(400, 499);
		Http.assertHygienic(response);
	}

	private HttpResponse<String> preflight(String origin) {
		return this.http.send(this.http.to("/graphql")
			.header("Origin", origin)
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "content-type, " + WebSession.CLIENT_HEADER.toLowerCase())
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
	}

	/**
	 * Issue 14 item 8: without a trusted proxy a client's X-Forwarded-Proto changes
	 * nothing.
	 */
	@Test
	void aClientsOwnForwardedProtoIsNotBelieved() {
		HttpResponse<String> response = this.http.graphql(
				Http.query("mutation { login(email: \"nobody@test.tandem\", "
						+ "password: \"wrong-password-1\") { expiresAt } }"),
				"X-Tandem-Client", "web", "X-Forwarded-Proto", "https");
		assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

}
