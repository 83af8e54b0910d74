package app.tandem.security.web;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 item 8: a redirect on our own host names only the path, never the Host a
 * client chose.
 */
class RelativeRedirectsUnitTest {

	@Test
	void aLocationOnTheRequestsOwnHostKeepsOnlyItsPathAndQuery() throws Exception {
		assertThat(locationAfterFilter("evil.example", "http://evil.example:8080/graphiql?path=/graphql"))
			.isEqualTo("/graphiql?path=/graphql");
		assertThat(locationAfterFilter("evil.example", "https://evil.example")).isEqualTo("/");
	}

	@Test
	void otherOriginsAndOtherHeadersAreLeftAlone() throws Exception {
		assertThat(locationAfterFilter("tandem.example", "https://id.example/login"))
			.isEqualTo("https://id.example/login");
		assertThat(locationAfterFilter("tandem.example", "/already/relative")).isEqualTo("/already/relative");
		MockHttpServletResponse response = new MockHttpServletResponse();
		new RelativeRedirects().doFilter(request("tandem.example"), response,
				new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
					@Override
					protected void service(jakarta.servlet.http.HttpServletRequest req,
							jakarta.servlet.http.HttpServletResponse res) {
						res.setHeader("Link", "http://tandem.example/x");
					}
				}));
		assertThat(response.getHeader("Link")).isEqualTo("http://tandem.example/x");
	}

	private static String locationAfterFilter(String host, String location) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		new RelativeRedirects().doFilter(request(host), response,
				new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
					@Override
					protected void service(jakarta.servlet.http.HttpServletRequest req,
							jakarta.servlet.http.HttpServletResponse res) {
						res.setStatus(302);
						res.setHeader("Location", location);
					}
				}));
		return response.getHeader("Location");
	}

	private static MockHttpServletRequest request(String host) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/graphiql");
		request.setServerName(host);
		return request;
	}

}
