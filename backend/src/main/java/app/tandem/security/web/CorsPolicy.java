package app.tandem.security.web;

import java.util.List;

import app.tandem.security.WebSession;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.CorsUtils;

/**
 * CORS, closed unless {@code tandem.web.allowed-origins} lists origins. A preflight
 * always gets this policy, so one from a foreign origin is refused (403, no
 * Access-Control-Allow-Origin): that refusal is what keeps another site from sending
 * {@value WebSession#CLIENT_HEADER} and riding on the session cookie. Other requests are
 * left alone unless their origin is allowed: a same-origin page behind a TLS proxy sends
 * an Origin the server sees as different, and must not be refused; a foreign page cannot
 * read the answer without Access-Control-Allow-Origin.
 */
final class CorsPolicy implements CorsConfigurationSource {

	private final CorsConfiguration configuration = new CorsConfiguration();

	private final List<String> origins;

	private final boolean anyOrigin;

	CorsPolicy(List<String> origins) {
		this.origins = List.copyOf(origins);
		this.anyOrigin = origins.contains(CorsConfiguration.ALL);
		this.configuration.setAllowedOrigins(this.origins);
		// Credentials only ever go to origins named one by one, never to "*".
		this.configuration.setAllowCredentials(!this.anyOrigin && !origins.isEmpty());
		this.configuration.setAllowedMethods(List.of("GET", "POST"));
		this.configuration.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE,
				HttpHeaders.ACCEPT, WebSession.CLIENT_HEADER));
		this.configuration.setMaxAge(1800L);
	}

	@Override
	public CorsConfiguration getCorsConfiguration(HttpServletRequest request) {
		if (CorsUtils.isPreFlightRequest(request)) {
			return this.configuration;
		}
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		return (origin != null && (this.anyOrigin || this.origins.contains(origin))) ? this.configuration : null;
	}

}
