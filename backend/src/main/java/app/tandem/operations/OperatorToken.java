package app.tandem.operations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The gate in front of the operator endpoints: without a configured token they are not
 * there (404, as before they existed); with one, a request must send it as
 * {@code Authorization: Bearer <token>}, else 401 with a GraphQL-shaped body. A person's
 * sign-in token does not open them. Compared in constant time, as digests.
 */
class OperatorToken extends OncePerRequestFilter {

	static final int MIN_LENGTH = 16;

	private static final String PREFIX = "Bearer ";

	private static final byte[] REFUSAL = """
			{"errors":[{"message":"Send the operator token as Authorization: Bearer <token>",\
			"extensions":{"classification":"UNAUTHORIZED","code":"OPERATOR_TOKEN_REQUIRED"}}]}"""
		.getBytes(StandardCharsets.UTF_8);

	private final byte[] expected;

	OperatorToken(String token) {
		if (token != null && !token.isBlank() && token.strip().length() < MIN_LENGTH) {
			throw new IllegalStateException("tandem.metrics.token (TANDEM_METRICS_TOKEN) must have at least "
					+ MIN_LENGTH + " characters; generate one with: openssl rand -hex 24");
		}
		this.expected = (token == null || token.isBlank()) ? null : digest(token.strip());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.expected == null) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
				|| !MessageDigest.isEqual(this.expected, digest(header.substring(PREFIX.length()).strip()))) {
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"tandem-operations\"");
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getOutputStream().write(REFUSAL);
			return;
		}
		chain.doFilter(request, response);
	}

	private static byte[] digest(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
