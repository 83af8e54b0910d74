package app.tandem.security.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import app.tandem.security.graphql.GraphQlLimits;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses GraphQL request bodies larger than {@code tandem.graphql.max-request-size} with
 * 413 before anything reads them, so a multi-megabyte document costs neither memory nor
 * parsing. A declared Content-Length is checked up front; a chunked body is read up to
 * one byte past the limit and handed on from memory. Runs after Spring Security, so the
 * answer carries the security headers.
 */
@Component
class RequestBodyLimit extends OncePerRequestFilter {

	private final int maxBytes;

	private final String path;

	private final byte[] refusal;

	RequestBodyLimit(GraphQlLimits limits, @Value("${spring.graphql.http.path:/graphql}") String path) {
		this.maxBytes = (int) Math.min(Integer.MAX_VALUE - 1, limits.maxRequestSize().toBytes());
		this.path = path;
		this.refusal = ("{\"errors\":[{\"message\":\"The request body is larger than " + this.maxBytes
				+ " bytes\",\"extensions\":{\"classification\":\"BAD_REQUEST\",\"code\":\"REQUEST_TOO_LARGE\"}}]}")
			.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return "GET".equals(request.getMethod())
				|| !this.path.equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long declared = request.getContentLengthLong();
		if (declared > this.maxBytes) {
			refuse(response);
			return;
		}
		if (declared >= 0) {
			// The container reads no further than the declared length.
			chain.doFilter(request, response);
			return;
		}
		byte[] body = request.getInputStream().readNBytes(this.maxBytes + 1);
		if (body.length > this.maxBytes) {
			refuse(response);
			return;
		}
		chain.doFilter(new BufferedBody(request, body), response);
	}

	private void refuse(HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setHeader("Connection", "close");
		response.getOutputStream().write(this.refusal);
	}

}
