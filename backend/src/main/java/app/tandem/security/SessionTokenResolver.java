package app.tandem.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Where a request's token comes from: the Authorization header (mobile clients), else the
 * web app's session cookie, but only on requests carrying the web app's header (CSRF defence).
 */
class SessionTokenResolver implements BearerTokenResolver {

	private final DefaultBearerTokenResolver header = new DefaultBearerTokenResolver();

	@Override
	public String resolve(HttpServletRequest request) {
		String token = this.header.resolve(request);
		if (token != null || request.getHeader(WebSession.CLIENT_HEADER) == null || request.getCookies() == null) {
			return token;
		}
		for (Cookie cookie : request.getCookies()) {
			if (WebSession.COOKIE.equals(cookie.getName()) && !cookie.getValue().isEmpty()) {
				return cookie.getValue();
			}
		}
		return null;
	}

}
