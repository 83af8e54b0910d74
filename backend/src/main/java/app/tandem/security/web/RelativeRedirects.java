package app.tandem.security.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Redirects within Tandem name only the path (issue 14 item 8): a Location built from the
 * request (Tomcat's, a library's) would otherwise carry whatever Host header the client
 * sent, and a link to evil.example would come from our own server. Locations on other
 * origins are left alone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RelativeRedirects extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, new HttpServletResponseWrapper(response) {

			@Override
			public void setHeader(String name, String value) {
				super.setHeader(name, location(name, value, request));
			}

			@Override
			public void addHeader(String name, String value) {
				super.addHeader(name, location(name, value, request));
			}

		});
	}

	/**
	 * The path (and query) of an absolute Location on the request's own host; anything
	 * else as it is.
	 */
	static String location(String name, String value, HttpServletRequest request) {
		if (value == null || !HttpHeaders.LOCATION.equalsIgnoreCase(name)) {
			return value;
		}
		try {
			URI uri = URI.create(value);
			if (uri.isAbsolute() && uri.getHost() != null && uri.getHost().equalsIgnoreCase(request.getServerName())) {
				String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
				return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
			}
		}
		catch (IllegalArgumentException ex) {
			// not a URI we can read: leave it
		}
		return value;
	}

}
