package app.tandem.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Where a request's token comes from: the Authorization header (mobile clients), else the
 * web app's session cookie, but only on requests carrying the web app's header (CSRF
 * defence).
 */
class SessionTokenResolver implements BearerTokenResolver {

	private final DefaultBearerTokenResolver header = new DefaultBearerTokenResolver();

	private final JwtDecoder decoder;

	SessionTokenResolver(JwtDecoder decoder) {
		this.decoder = decoder;
	}

	@Override
	public String resolve(HttpServletRequest request) {
		String token = this.header.resolve(request);
		if (token != null || !fromTheWebApp(request) || request.getCookies() == null) {
			return token;
		}
		for (Cookie cookie : request.getCookies()) {
			if (WebSession.COOKIE.equals(cookie.getName()) && !cookie.getValue().isEmpty()) {
				return usable(cookie.getValue());
			}
		}
		return null;
	}

	/**
	 * The web app's own requests: they carry its header, which another site's page cannot
	 * send without a CORS preflight that is refused. A browser cannot set headers on a
	 * WebSocket handshake, so there the browser-set Origin must name this very host (a
	 * foreign page's handshake names its own origin).
	 */
	private static boolean fromTheWebApp(HttpServletRequest request) {
		if (request.getHeader(WebSession.CLIENT_HEADER) != null) {
			return true;
		}
		String origin = request.getHeader("Origin");
		String host = request.getHeader("Host");
		if (!"websocket".equalsIgnoreCase(request.getHeader("Upgrade")) || origin == null || host == null) {
			return false;
		}
		try {
			java.net.URI uri = java.net.URI.create(origin);
			String authority = uri.getRawAuthority();
			return authority != null && authority.equalsIgnoreCase(host)
					&& ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * A session cookie that no longer works (expired, or signed with a replaced key)
	 * counts as no session rather than a refused request: the browser cannot drop an
	 * HttpOnly cookie itself, and it must still reach login to get a new one.
	 */
	private String usable(String token) {
		try {
			this.decoder.decode(token);
			return token;
		}
		catch (JwtException ex) {
			return null;
		}
	}

}
