package app.tandem.security.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfigurationSource;

/**
 * The browser-facing protections SecurityConfiguration applies: security headers on every
 * response (a Content-Security-Policy the web app and its GraphiQL page pass, nosniff, no
 * referrer, no framing) and the CORS policy.
 */
@Component
public class WebProtection {

	private static final String CSP = "Content-Security-Policy";

	private final WebProperties properties;

	WebProtection(WebProperties properties) {
		this.properties = properties;
	}

	public void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentTypeOptions((nosniff) -> {
		})
			.frameOptions((frames) -> frames.deny())
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
			.addHeaderWriter(new StaticHeadersWriter(CSP, this.properties.contentSecurityPolicy()));
	}

	public CorsConfigurationSource cors() {
		return new CorsPolicy(this.properties.allowedOrigins());
	}

}
