package app.tandem.security;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether the browser reached Tandem over HTTPS (issue 14 item 8). Directly, the request
 * says so; behind a TLS-terminating reverse proxy only {@code X-Forwarded-Proto} does,
 * and it is believed only when {@code tandem.security.trusted-proxies} says proxies stand
 * in front (the same setting that makes X-Forwarded-For count): then the value the
 * outermost trusted proxy set decides. A client's own header is never believed. HTTPS
 * makes the session cookie Secure and turns on HSTS.
 */
@Component
public class ForwardedProtocol {

	static final String HEADER = "X-Forwarded-Proto";

	private final int trustedProxies;

	ForwardedProtocol(@Value("${tandem.security.trusted-proxies:0}") int trustedProxies) {
		this.trustedProxies = Math.max(0, trustedProxies);
	}

	public boolean https(HttpServletRequest request) {
		java.util.Enumeration<String> headers = request.getHeaders(HEADER);
		return https(request.isSecure() ? "https" : request.getScheme(),
				headers == null ? List.of() : java.util.Collections.list(headers));
	}

	boolean https(String scheme, List<String> forwarded) {
		if ("https".equalsIgnoreCase(scheme)) {
			return true;
		}
		if (this.trustedProxies == 0) {
			return false;
		}
		List<String> hops = new ArrayList<>();
		for (String header : forwarded) {
			for (String hop : header.split(",")) {
				if (!hop.isBlank()) {
					hops.add(hop.trim());
				}
			}
		}
		// Each trusted proxy set or appended the scheme it saw; the outermost one's is N
		// entries from the right.
		return hops.size() >= this.trustedProxies
				&& "https".equalsIgnoreCase(hops.get(hops.size() - this.trustedProxies));
	}

}
