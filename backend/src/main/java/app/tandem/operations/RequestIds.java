package app.tandem.operations;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id that its answer carries ({@value #HEADER}) and every log line
 * written while it runs (MDC key {@value #MDC_KEY}, in the log pattern and in JSON logs).
 * A proxy's or client's own id is kept when it is sane — 1 to 64 characters of letters,
 * digits and {@code . _ : -} (a UUID, a ULID, nginx's {@code $request_id}) — so one id
 * follows a request through every hop; anything else (control characters, spaces, quotes,
 * 500 characters of padding) is replaced by a new UUID, so a client cannot forge log
 * lines or inject headers. Runs first, before Spring Security, so refusals carry the id
 * too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIds extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	static final String MDC_KEY = "requestId";

	private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	private static final String ATTRIBUTE = RequestIds.class.getName();

	@Override
	protected boolean shouldNotFilterAsyncDispatch() {
		// An async dispatch (spring-graphql answers asynchronously) runs on another
		// thread: it needs the MDC again.
		return false;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = (String) request.getAttribute(ATTRIBUTE);
		if (id == null) {
			id = accepted(request.getHeader(HEADER));
			request.setAttribute(ATTRIBUTE, id);
			response.setHeader(HEADER, id);
		}
		String outer = MDC.get(MDC_KEY);
		MDC.put(MDC_KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (outer == null) {
				MDC.remove(MDC_KEY);
			}
			else {
				MDC.put(MDC_KEY, outer);
			}
		}
	}

	static String accepted(String incoming) {
		return (incoming != null && SANE.matcher(incoming).matches()) ? incoming : UUID.randomUUID().toString();
	}

}
