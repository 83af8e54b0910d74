package app.tandem.security.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Browser-facing settings ({@code tandem.web.*}).
 *
 * @param allowedOrigins origins (scheme://host[:port]) whose pages may call the API from
 * the browser; empty (the default) closes CORS. {@code *} allows any origin but then
 * never with credentials
 * @param contentSecurityPolicy the CSP of the web app and the API
 */
@ConfigurationProperties("tandem.web")
public record WebProperties(List<String> allowedOrigins, String contentSecurityPolicy) {

	static final String DEFAULT_POLICY = "default-src 'self'; script-src 'self'; "
			// React's style attributes and Recharts' inline SVG styles need
			// 'unsafe-inline' for styles (never scripts).
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
			+ "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	public WebProperties {
		allowedOrigins = allowedOrigins == null ? List.of()
				: allowedOrigins.stream().map(String::trim).filter((origin) -> !origin.isEmpty()).toList();
		contentSecurityPolicy = contentSecurityPolicy == null || contentSecurityPolicy.isBlank() ? DEFAULT_POLICY
				: contentSecurityPolicy;
	}

}
