package app.tandem.security.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import app.tandem.shared.ConnectionPoolReset;
import app.tandem.shared.DatabaseOutage;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When the database cannot be reached before a resolver runs (the token's revocation
 * check, the session cookie), the client gets HTTP 503 with a GraphQL-shaped
 * {@code UNAVAILABLE} error and a Retry-After, instead of the container's 500 page.
 * Failures inside resolvers are answered by the resolver error handling with the same
 * classification.
 */
@Component
// Just inside RequestIds, so the warning below carries the request id.
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatabaseOutageResponse extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutageResponse.class);

	static final String RETRY_AFTER_SECONDS = "5";

	private final ConnectionPoolReset pool;

	DatabaseOutageResponse(ConnectionPoolReset pool) {
		this.pool = pool;
	}

	private static final byte[] BODY = ("{\"errors\":[{\"message\":\"" + DatabaseOutage.MESSAGE
			+ "\",\"extensions\":{\"classification\":\"UNAVAILABLE\",\"code\":\"DATABASE_UNAVAILABLE\"}}]}")
		.getBytes(StandardCharsets.UTF_8);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!DatabaseOutage.explains(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("UNAVAILABLE {} {}: {}", request.getMethod(), request.getRequestURI(), ex.getMessage());
			this.pool.afterOutage();
			response.resetBuffer();
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
			response.setHeader("Cache-Control", "no-store");
			response.setHeader("X-Content-Type-Options", "nosniff");
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getOutputStream().write(BODY);
		}
	}

}
