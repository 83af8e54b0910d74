package app.tandem.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import app.tandem.support.Company;
import app.tandem.support.TandemTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 item 5: Prometheus metrics and build info for operators, closed without the
 * operator token and not there at all when none is configured (the demo's default).
 */
@TandemTest
class OperatorEndpointsTests {

	static final String TOKEN = "op-3c9f1b7e5d2a48c6b0e1f2a3";

	private static final HttpClient client = HttpClient.newHttpClient();

	@Autowired
	Company company;

	@LocalServerPort
	int port;

	@BeforeEach
	void setUp() {
		this.company.reset();
	}

	@Nested
	@TestPropertySource(properties = "tandem.metrics.token=" + TOKEN)
	class WithATokenConfigured {

		@Test
		void metricsAreRefusedWithoutTheToken() {
			for (String authorization : new String[] { null, "Bearer wrong-token-of-enough-length", "Bearer ",
					"Basic " + TOKEN, "Bearer " + TOKEN + "x",
					// A person's sign-in token, even the owner's, is not the operator
					// token.
					"Bearer " + OperatorEndpointsTests.this.company.owner.token() }) {
				HttpResponse<String> response = get("/actuator/prometheus", authorization);
				assertThat(response.statusCode()).as(String.valueOf(authorization)).isEqualTo(401);
				assertThat(response.headers().firstValue("WWW-Authenticate"))
					.hasValueSatisfying((value) -> assertThat(value).startsWith("Bearer"));
				assertThat(response.body()).contains("\"classification\":\"UNAUTHORIZED\"").doesNotContain("jvm_");
			}
		}

		@Test
		void withTheTokenPrometheusGetsGraphQlHttpAndPoolMetrics() {
			OperatorEndpointsTests.this.company.owner.graphql()
				.document("{ company { name } }")
				.execute()
				.path("company.name")
				.hasValue();
			HttpResponse<String> response = get("/actuator/prometheus", "Bearer " + TOKEN);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("text/plain"));
			assertThat(response.body()).contains("graphql_request_seconds_count", "graphql_datafetcher_seconds_count",
					"http_server_requests_seconds_count", "uri=\"/graphql\"", "hikaricp_connections_active",
					"hikaricp_connections_max", "jvm_memory_used_bytes", "tandem_build_info{");
		}

		@Test
		void scrapersGetTheFormatTheyAskFor() {
			Map<String, String> formats = Map.of(
					"application/vnd.google.protobuf;proto=io.prometheus.client.MetricFamily;encoding=delimited",
					"application/vnd.google.protobuf", "application/openmetrics-text;version=1.0.0",
					"application/openmetrics-text", "text/plain;version=0.0.4", "text/plain");
			formats.forEach((accept, type) -> {
				HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/actuator/prometheus"))
					.header("Authorization", "Bearer " + TOKEN)
					.header("Accept", accept)
					.GET());
				assertThat(response.statusCode()).as(accept).isEqualTo(200);
				assertThat(response.headers().firstValue("Content-Type")).as(accept)
					.hasValueSatisfying((value) -> assertThat(value).startsWith(type));
				assertThat(response.body()).as(accept).contains("jvm_memory_used_bytes");
			});
		}

		@Test
		void buildInfoNeedsTheTokenToo() {
			assertThat(get("/actuator/info", null).statusCode()).isEqualTo(401);
			HttpResponse<String> info = get("/actuator/info", "Bearer " + TOKEN);
			assertThat(info.statusCode()).isEqualTo(200);
			assertThat(info.body()).contains("\"build\"", "\"version\":\"0.1.0-SNAPSHOT\"",
					"\"artifact\":\"tandem-backend\"");
		}

		@Test
		void healthStaysOpenForProbes() {
			HttpResponse<String> health = get("/actuator/health", null);
			assertThat(health.statusCode()).isEqualTo(200);
			assertThat(health.body()).contains("\"status\":\"UP\"");
		}

		@Test
		void otherActuatorEndpointsAreNotExposed() {
			for (String path : new String[] { "/actuator/env", "/actuator/metrics", "/actuator/beans",
					"/actuator/heapdump", "/actuator/loggers" }) {
				assertThat(get(path, null).statusCode()).as(path).isEqualTo(404);
			}
		}

	}

	@Nested
	class WithoutAToken {

		@Test
		void metricsAndBuildInfoAreNotThere() {
			for (String path : new String[] { "/actuator/prometheus", "/actuator/info" }) {
				assertThat(get(path, null).statusCode()).as(path).isEqualTo(404);
				assertThat(get(path, "Bearer " + TOKEN).statusCode()).as(path).isEqualTo(404);
				HttpResponse<String> response = get(path,
						"Bearer " + OperatorEndpointsTests.this.company.owner.token());
				assertThat(response.statusCode()).as(path).isEqualTo(404);
				assertThat(response.body()).doesNotContain("jvm_", "\"build\"");
			}
		}

	}

	@Test
	void aShortTokenStopsTheStart() {
		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> new OperatorToken("too-short"))
			.withMessageContaining("at least 16 characters");
	}

	HttpResponse<String> get(String path, String authorization) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return send(request);
	}

	URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
