package app.tandem.security;

import java.time.Duration;
import java.util.List;

import graphql.GraphQLContext;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * The web app's session: its token lives in an HttpOnly, SameSite=Strict cookie that page
 * scripts cannot read, instead of in browser storage. Only requests that say they come from
 * the web app (header {@value #CLIENT_HEADER}) get or use the cookie; a cross-site page cannot
 * add that header without a CORS preflight we never grant, which is the CSRF defence on top of
 * SameSite. Mobile clients keep using the bearer token from the login answer.
 */
@Component
public class WebSession implements WebGraphQlInterceptor {

	public static final String CLIENT_HEADER = "X-Tandem-Client";

	public static final String COOKIE = "tandem_session";

	/** Where the browser sends the session cookie. */
	static final List<String> PATHS = List.of("/graphql", "/api");

	private static final String ISSUED = WebSession.class.getName() + ".issued";

	private static final String ENDED = WebSession.class.getName() + ".ended";

	/** Called by the login resolver: a web client's answer will carry the session cookie. */
	public static void issued(GraphQLContext context, AccessTokens.IssuedToken token) {
		context.put(ISSUED, token);
	}

	/** Called by the logout resolver: the session cookie is cleared. */
	public static void ended(GraphQLContext context) {
		context.put(ENDED, Boolean.TRUE);
	}

	private final ForwardedProtocol protocol;

	WebSession(ForwardedProtocol protocol) {
		this.protocol = protocol;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		boolean web = request.getHeaders().containsHeader(CLIENT_HEADER);
		// Secure over HTTPS, also when a trusted TLS-terminating proxy says the browser used it.
		boolean secure = this.protocol.https(request.getUri().getScheme(),
				request.getHeaders().getOrEmpty(ForwardedProtocol.HEADER));
		return chain.next(request).doOnNext((response) -> {
			if (!web) {
				return;
			}
			GraphQLContext context = response.getExecutionInput().getGraphQLContext();
			AccessTokens.IssuedToken token = context.get(ISSUED);
			if (token != null) {
				setCookie(response, token.value(), Duration.between(java.time.Instant.now(), token.expiresAt()), secure);
			}
			else if (Boolean.TRUE.equals(context.get(ENDED))) {
				setCookie(response, "", Duration.ZERO, secure);
			}
		});
	}

	/**
	 * One cookie per path the web app calls with it: /graphql, and /api for the file endpoints (an
	 * import's upload). The browser sends it nowhere else, not with page loads or static files.
	 */
	private static void setCookie(WebGraphQlResponse response, String value, Duration maxAge, boolean secure) {
		response.getResponseHeaders()
			.put(HttpHeaders.SET_COOKIE, PATHS.stream()
				.map((path) -> ResponseCookie.from(COOKIE, value)
					.httpOnly(true)
					.secure(secure)
					.sameSite("Strict")
					.path(path)
					.maxAge(maxAge.isNegative() ? Duration.ZERO : maxAge)
					.build()
					.toString())
				.toList());
	}

}
