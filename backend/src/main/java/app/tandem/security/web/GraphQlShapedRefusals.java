package app.tandem.security.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import app.tandem.shared.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests to the GraphQL endpoint that never reach GraphQL — a body that is not JSON (or
 * a JSON array, or JSON nested too deep, or without a query), a content type other than
 * JSON, a method other than POST — are refused with a GraphQL-shaped body and an
 * {@code extensions.code}, like every other refusal a client meets there, instead of
 * Spring Boot's error page JSON (SPEC §11).
 */
@Component
class GraphQlShapedRefusals extends OncePerRequestFilter {

	private static final Map<Integer, Refusal> REFUSALS = Map.of(400,
			new Refusal("The request body is not a GraphQL request: a JSON object with a query",
					ErrorCode.INVALID_REQUEST_BODY),
			405, new Refusal("Send GraphQL requests with POST", ErrorCode.METHOD_NOT_ALLOWED), 406,
			new Refusal("Accept application/graphql-response+json or application/json", ErrorCode.NOT_ACCEPTABLE), 415,
			new Refusal("Send the request as Content-Type: application/json", ErrorCode.UNSUPPORTED_MEDIA_TYPE));

	private final String path;

	GraphQlShapedRefusals(@Value("${spring.graphql.http.path:/graphql}") String path) {
		this.path = path;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.path.equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Shaping shaping = new Shaping(response);
		chain.doFilter(request, shaping);
		// Some refusals only set the status (spring-graphql's 415) and leave the body
		// empty.
		Refusal refusal = REFUSALS.get(response.getStatus());
		if (refusal != null && !request.isAsyncStarted() && !shaping.bodyStarted && !response.isCommitted()) {
			shaping.write(refusal);
		}
	}

	/**
	 * Answers sendError(…) of the statuses above itself, and notes whether anyone wrote a
	 * body.
	 */
	private static final class Shaping extends HttpServletResponseWrapper {

		private boolean bodyStarted;

		Shaping(HttpServletResponse response) {
			super(response);
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			this.bodyStarted = true;
			return super.getOutputStream();
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			this.bodyStarted = true;
			return super.getWriter();
		}

		@Override
		public void sendError(int status) throws IOException {
			sendError(status, null);
		}

		@Override
		public void sendError(int status, String message) throws IOException {
			Refusal refusal = REFUSALS.get(status);
			if (refusal == null || isCommitted()) {
				super.sendError(status, message);
				return;
			}
			resetBuffer();
			setStatus(status);
			write(refusal);
		}

		void write(Refusal refusal) throws IOException {
			this.bodyStarted = true;
			setContentType(MediaType.APPLICATION_JSON_VALUE);
			byte[] body = refusal.body();
			setContentLength(body.length);
			getResponse().getOutputStream().write(body);
			flushBuffer();
		}

	}

	private record Refusal(String message, ErrorCode code) {

		byte[] body() {
			return ("{\"errors\":[{\"message\":\"" + this.message
					+ "\",\"extensions\":{\"classification\":\"BAD_REQUEST\"," + "\"code\":\"" + this.code.name()
					+ "\"}}]}")
				.getBytes(StandardCharsets.UTF_8);
		}

	}

}
