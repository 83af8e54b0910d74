package app.tandem.hardening;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.tandem.security.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Security headers, CORS, and no stack traces for requests that go wrong before GraphQL runs. */
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
			assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying((csp) -> assertThat(csp)
				.contains("default-src 'self'", "script-src 'self';", "style-src 'self' 'unsafe-inline'",
						"img-src 'self' data:", "connect-src 'self'", "frame-ancestors 'none'", "base-uri 'self'",
						"form-action 'self'")
				.doesNotContain("esm.sh"));
			assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
			assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
		}
	}

	@Test
	void graphiqlGetsItsOwnPolicyWhoseHashesMatchItsInlineScripts() throws Exception {
		HttpResponse<String> page = this.http.send(this.http.to("/graphiql?path=/graphql").GET());
		assertThat(page.statusCode()).isEqualTo(200);
		String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(csp).contains("https://esm.sh", "worker-src 'self' blob:", "frame-ancestors 'none'");
		Matcher scripts = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>(.*?)</script>", Pattern.DOTALL).matcher(page.body());
		int inline = 0;
		while (scripts.find()) {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(scripts.group(1).getBytes(StandardCharsets.UTF_8));
			assertThat(csp).contains("'sha256-" + Base64.getEncoder().encodeToString(hash) + "'");
			inline++;
		}
		assertThat(inline).isEqualTo(2);
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
		HttpResponse<String> response = this.http.send(this.http.to("/graphql?query="
				+ URLEncoder.encode("{ company { name ", StandardCharsets.UTF_8)).header("Accept", "application/json").GET());
		assertThat(response.statusCode()).isBetween(200, 499);
		Http.assertHygienic(response);
	}

	@Test
	void anExceptionOutsideTheResolversBecomesAnOpaqueInternalError() {
		HttpResponse<String> response = this.http.graphql(Http.query("query " + ExplodingInstrumentation.OPERATION
				+ " { company { name } }"));
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

	/** Issue 14 item 8: without a trusted proxy a client's X-Forwarded-Proto changes nothing. */
	@Test
	void aClientsOwnForwardedProtoIsNotBelieved() {
		HttpResponse<String> response = this.http.graphql(Http.query("mutation { login(email: \"nobody@test.tandem\", "
				+ "password: \"wrong-password-1\") { expiresAt } }"), "X-Tandem-Client", "web", "X-Forwarded-Proto", "https");
		assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	/** Issue 14 item 8: a redirect never carries the Host header a client chose. */
	@Test
	void redirectsDoNotReflectTheHostHeader() throws Exception {
		try (java.net.Socket socket = new java.net.Socket("localhost", this.port)) {
			socket.getOutputStream()
				.write("GET /graphiql HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
					.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			assertThat(response).startsWith("HTTP/1.1 30").containsIgnoringCase("Location: /graphiql");
			assertThat(response).doesNotContain("evil.example");
		}
	}

}
