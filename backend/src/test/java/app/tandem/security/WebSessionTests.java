package app.tandem.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import app.tandem.support.Company;
import app.tandem.support.TandemTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web app's cookie session: HttpOnly, SameSite=Strict, and only honoured with the web
 * app's header.
 */
@TandemTest
class WebSessionTests {

	static final String LOGIN = "{\"query\":\"mutation { login(email: \\\"ivan@test.tandem\\\", password: \\\""
			+ Company.PASSWORD + "\\\") { employee { id } } }\"}";

	static final String ME = "{\"query\":\"{ me { id } }\"}";

	@Autowired
	Company company;

	@LocalServerPort
	int port;

	@BeforeEach
	void setUp() {
		this.company.reset();
	}

	@Test
	void theWebAppGetsAnHttpOnlyStrictCookieThatSignsItIn() {
		HttpResponse<String> login = post(LOGIN, true, null);
		String setCookie = login.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(setCookie).startsWith("tandem_session=").contains("HttpOnly", "SameSite=Strict", "Path=/graphql");
		String cookie = setCookie.substring(0, setCookie.indexOf(';'));
		assertThat(post(ME, true, cookie).body()).contains("\"id\":\"" + this.company.hunter.id() + "\"");
	}

	@Test
	void theCookieGoesToGraphqlAndTheFileEndpointsOnlyAndLogoutClearsBoth() {
		assertThat(post(LOGIN, true, null).headers().allValues("Set-Cookie")).hasSize(2)
			.allSatisfy((cookie) -> assertThat(cookie).startsWith("tandem_session=ey")
				.contains("HttpOnly", "SameSite=Strict"))
			.anySatisfy((cookie) -> assertThat(cookie).contains("Path=/graphql"))
			.anySatisfy((cookie) -> assertThat(cookie).contains("Path=/api;"));
		assertThat(post("{\"query\":\"mutation { logout }\"}", true, null).headers().allValues("Set-Cookie")).hasSize(2)
			.allSatisfy((cookie) -> assertThat(cookie).startsWith("tandem_session=;").contains("Max-Age=0"))
			.anySatisfy((cookie) -> assertThat(cookie).contains("Path=/graphql"))
			.anySatisfy((cookie) -> assertThat(cookie).contains("Path=/api;"));
	}

	@Test
	void theCookieAloneDoesNotAuthenticateSoAnotherSiteCannotRideOnIt() {
		String setCookie = post(LOGIN, true, null).headers().firstValue("Set-Cookie").orElseThrow();
		String cookie = setCookie.substring(0, setCookie.indexOf(';'));
		assertThat(post(ME, false, cookie).body()).contains("UNAUTHORIZED");
	}

	@Test
	void mobileClientsGetNoCookieAndLogoutClearsIt() {
		assertThat(post(LOGIN, false, null).headers().firstValue("Set-Cookie")).isEmpty();
		String cleared = post("{\"query\":\"mutation { logout }\"}", true, null).headers()
			.firstValue("Set-Cookie")
			.orElseThrow();
		assertThat(cleared).startsWith("tandem_session=;").contains("Max-Age=0");
	}

	@Test
	void aSessionCookieThatNoLongerWorksCountsAsNoSessionSoTheWebAppCanSignInAgain() {
		String stale = "tandem_session=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.bm90LXRoZS1zaWduYXR1cmU";
		HttpResponse<String> me = post(ME, true, stale);
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains("UNAUTHORIZED");
		HttpResponse<String> login = post(LOGIN, true, stale);
		assertThat(login.body()).contains("\"id\":\"" + this.company.hunter.id() + "\"");
		assertThat(login.headers().firstValue("Set-Cookie").orElseThrow()).startsWith("tandem_session=ey");
	}

	@Test
	void deepLinksIntoTheWebAppGetItsPageButTheApiAndFilesDoNot() throws Exception {
		for (String path : new String[] { "/", "/team", "/records/deals", "/login" }) {
			HttpResponse<String> page = get(path);
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			assertThat(page.body()).as(path).contains("<div id=\"root\"");
		}
		assertThat(get("/no-such-file.js").statusCode()).isEqualTo(404);
		assertThat(get("/assets/no-such-file.css").statusCode()).isEqualTo(404);
		assertThat(get("/graphql").body()).doesNotContain("<div id=\"root\"");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String body, boolean webApp, String cookie) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (webApp) {
			request.header(WebSession.CLIENT_HEADER, "web");
		}
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		try {
			return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
