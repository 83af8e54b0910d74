package app.tandem.security.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.cors.CorsConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CORS rules that need no server: credentials never with "*", other requests untouched
 * unless allowed.
 */
class CorsPolicyTests {

	@Test
	void byDefaultNoOriginIsAllowed() {
		CorsConfiguration preflight = new CorsPolicy(List.of()).getCorsConfiguration(preflight("https://evil.example"));
		assertThat(preflight).isNotNull();
		assertThat(preflight.checkOrigin("https://evil.example")).isNull();
		assertThat(preflight.getAllowCredentials()).isFalse();
	}

	@Test
	void anyOriginNeverComesWithCredentials() {
		CorsConfiguration any = new CorsPolicy(List.of("*")).getCorsConfiguration(preflight("https://x.example"));
		assertThat(any.checkOrigin("https://x.example")).isEqualTo("*");
		assertThat(any.getAllowCredentials()).isFalse();
	}

	@Test
	void namedOriginsGetCredentials() {
		CorsPolicy policy = new CorsPolicy(List.of("https://app.example"));
		CorsConfiguration named = policy.getCorsConfiguration(preflight("https://app.example"));
		assertThat(named.checkOrigin("https://app.example")).isEqualTo("https://app.example");
		assertThat(named.getAllowCredentials()).isTrue();
		assertThat(named.checkOrigin("https://evil.example")).isNull();
	}

	@Test
	void aRequestThatIsNotAPreflightIsLeftAloneUnlessItsOriginIsAllowed() {
		CorsPolicy policy = new CorsPolicy(List.of("https://app.example"));
		// Same page behind a TLS proxy: the server sees http, the browser sends https.
		// Not refused.
		assertThat(policy.getCorsConfiguration(post("https://tandem.example"))).isNull();
		assertThat(policy.getCorsConfiguration(post("https://app.example"))).isNotNull();
	}

	private static MockHttpServletRequest preflight(String origin) {
		MockHttpServletRequest request = new MockHttpServletRequest("OPTIONS", "/graphql");
		request.addHeader(HttpHeaders.ORIGIN, origin);
		request.addHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST");
		return request;
	}

	private static MockHttpServletRequest post(String origin) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
		request.addHeader(HttpHeaders.ORIGIN, origin);
		return request;
	}

}
