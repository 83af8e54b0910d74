package app.tandem.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import graphql.GraphQLContext;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * The web app's session: its token lives in an HttpOnly, SameSite=Strict cookie that page
 * scripts cannot read, instead of in browser storage. Only requests that say they come
 * from the web app (header {@value #CLIENT_HEADER}) get or use the cookie; a cross-site
 * page cannot add that header without a CORS preflight we never grant, which is the CSRF
 * defence on top of SameSite. Mobile clients keep using the bearer token from the login
 * answer.
 * <p>
 * The cookie's token lives {@code tandem.security.token-ttl} (12 h) and is renewed
 * quietly while in use: an answer to a request signed in by a cookie whose token has used
 * up half its lifetime carries a fresh one, of the same session (logout still ends it)
 * and never beyond the sign-in's absolute lifetime (30 days). Bearer clients get
 * 15-minute tokens and renew them with refreshSession instead (docs/security.md
 * "Sessions").
 */
@Component
public class WebSession implements WebGraphQlInterceptor {

	public static final String CLIENT_HEADER = "X-Tandem-Client";

	public static final String COOKIE = "tandem_session";

	/** Where the browser sends the session cookie. */
	static final List<String> PATHS = List.of("/graphql", "/api");

	private static final String ISSUED = WebSession.class.getName() + ".issued";

	private static final String ENDED = WebSession.class.getName() + ".ended";

	private static final String WEB_APP = WebSession.class.getName() + ".webApp";

	/**
	 * Whether the request comes from the web app (its header): its sign-in lives in the
	 * cookie.
	 */
	public static boolean fromTheWebApp(GraphQLContext context) {
		return Boolean.TRUE.equals(context.get(WEB_APP));
	}

	/**
	 * Called by the login resolver: a web client's answer will carry the session cookie.
	 */
	public static void issued(GraphQLContext context, AccessTokens.IssuedToken token) {
		context.put(ISSUED, token);
	}

	/** Called by the logout resolver: the session cookie is cleared. */
	public static void ended(GraphQLContext context) {
		context.put(ENDED, Boolean.TRUE);
	}

	private final ForwardedProtocol protocol;

	private final AccessTokens tokens;

	private final SecurityProperties properties;

	WebSession(ForwardedProtocol protocol, AccessTokens tokens, SecurityProperties properties) {
		this.protocol = protocol;
		this.tokens = tokens;
		this.properties = properties;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		boolean web = request.getHeaders().containsHeader(CLIENT_HEADER)
				&& !(request instanceof WebSocketGraphQlRequest);
		if (web) {
			request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(WEB_APP, true)).build());
		}
		// Read here, on the request's thread, where the security context is the
		// request's.
		Jwt renewable = web ? cookieToken(request) : null;
		// Secure over HTTPS, also when a trusted TLS-terminating proxy says the browser
		// used it.
		boolean secure = this.protocol.https(request.getUri().getScheme(),
				request.getHeaders().getOrEmpty(ForwardedProtocol.HEADER));
		return chain.next(request).doOnNext((response) -> {
			if (!web) {
				return;
			}
			GraphQLContext context = response.getExecutionInput().getGraphQLContext();
			AccessTokens.IssuedToken token = context.get(ISSUED);
			if (token != null) {
				setCookie(response, token.value(), Duration.between(this.tokens.now(), token.expiresAt()), secure);
			}
			else if (Boolean.TRUE.equals(context.get(ENDED))) {
				setCookie(response, "", Duration.ZERO, secure);
			}
			else if (renewable != null) {
				renewed(renewable).ifPresent((fresh) -> setCookie(response, fresh.value(),
						Duration.between(this.tokens.now(), fresh.expiresAt()), secure));
			}
		});
	}

	/**
	 * The token the request was signed in with, if that came from the session cookie (not
	 * a header).
	 */
	private static Jwt cookieToken(WebGraphQlRequest request) {
		if (request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION) || !(SecurityContextHolder.getContext()
			.getAuthentication() instanceof JwtAuthenticationToken signedIn)) {
			return null;
		}
		HttpCookie cookie = request.getCookies().getFirst(COOKIE);
		return cookie != null && cookie.getValue().equals(signedIn.getToken().getTokenValue()) ? signedIn.getToken()
				: null;
	}

	/**
	 * A fresh token for the same session once half of the current one's lifetime is gone
	 * (so a busy page does not get a new cookie with every request), up to the session's
	 * absolute end.
	 */
	private Optional<AccessTokens.IssuedToken> renewed(Jwt current) {
		Instant now = this.tokens.now();
		String session = current.getClaimAsString(AccessTokens.SESSION);
		Instant issued = current.getIssuedAt();
		Instant expires = current.getExpiresAt();
		Object claimed = current.getClaims().get(AccessTokens.SESSION_STARTED);
		Object version = current.getClaims().get(AccessTokens.CREDENTIALS);
		if (session == null || issued == null || expires == null || !(claimed instanceof Number started)
				|| !(version instanceof Number credentials)
				|| now.isBefore(issued.plus(this.properties.tokenTtl().dividedBy(2)))) {
			return Optional.empty();
		}
		Instant startedAt = Instant.ofEpochSecond(started.longValue());
		Instant end = startedAt.plus(this.properties.refreshTokenTtl());
		Instant renewedExpiry = now.plus(this.properties.tokenTtl());
		if (renewedExpiry.isAfter(end)) {
			renewedExpiry = end;
		}
		if (!renewedExpiry.isAfter(expires)) {
			return Optional.empty();
		}
		return Optional.of(this.tokens.issue(Long.parseLong(current.getSubject()), credentials.longValue(), session,
				startedAt, renewedExpiry));
	}

	/**
	 * One cookie per path the web app calls with it: /graphql, and /api for the file
	 * endpoints (an import's upload). The browser sends it nowhere else, not with page
	 * loads or static files.
	 */
	private static void setCookie(WebGraphQlResponse response, String value, Duration maxAge, boolean secure) {
		response.getResponseHeaders()
			.put(HttpHeaders.SET_COOKIE,
					PATHS.stream()
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
