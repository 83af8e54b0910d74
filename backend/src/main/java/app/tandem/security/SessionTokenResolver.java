package app.tandem.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Where a request's token comes from: the Authorization header (mobile clients), else the
 * web app's session cookie, but only on requests carrying the web app's header (CSRF defence).
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
		if (token != null || request.getHeader(WebSession.CLIENT_HEADER) == null || request.getCookies() == null) {
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
	 * A session cookie that no longer works (expired, or signed with a replaced key) counts as
	 * no session rather than a refused request: the browser cannot drop an HttpOnly cookie
	 * itself, and it must still reach login to get a new one.
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
