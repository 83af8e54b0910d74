package app.tandem.security.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfigurationSource;

/**
 * The browser-facing protections SecurityConfiguration applies: security headers on every
 * response (a Content-Security-Policy the web app passes, a looser one for GraphiQL only,
 * nosniff, no referrer, no framing) and the CORS policy.
 */
@Component
public class WebProtection {

	private static final String CSP = "Content-Security-Policy";

	private final WebProperties properties;

	private final String graphiqlPath;

	private final String graphiqlPolicy = GraphiQlPolicy.build();

	WebProtection(WebProperties properties, @Value("${spring.graphql.graphiql.path:/graphiql}") String graphiqlPath) {
		this.properties = properties;
		this.graphiqlPath = graphiqlPath;
	}

	public void headers(HeadersConfigurer<HttpSecurity> headers) {
		RequestMatcher graphiql = (request) -> this.graphiqlPath.equals(path(request));
		headers.contentTypeOptions((nosniff) -> {
		})
			.frameOptions((frames) -> frames.deny())
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(graphiql,
					new StaticHeadersWriter(CSP, this.graphiqlPolicy)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(graphiql),
					new StaticHeadersWriter(CSP, this.properties.contentSecurityPolicy())));
	}

	public CorsConfigurationSource cors() {
		return new CorsPolicy(this.properties.allowedOrigins());
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
