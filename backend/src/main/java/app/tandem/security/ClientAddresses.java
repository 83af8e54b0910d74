package app.tandem.security;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * The address a GraphQL request comes from, for the sign-in throttle. It is the
 * connection's remote address unless {@code tandem.security.trusted-proxies} says how
 * many reverse proxies stand in front of Tandem: then it is the X-Forwarded-For entry the
 * outermost trusted proxy added. Entries further left are written by the client and could
 * be anything, so they are never believed; with no trusted proxy the header is ignored
 * altogether.
 */
@Component
public class ClientAddresses implements WebGraphQlInterceptor {

	private static final String KEY = ClientAddresses.class.getName();

	private static final String UNKNOWN = "unknown";

	private final int trustedProxies;

	ClientAddresses(@Value("${tandem.security.trusted-proxies:0}") int trustedProxies) {
		this.trustedProxies = Math.max(0, trustedProxies);
	}

	/** The client address of the request a resolver serves. */
	public static String of(GraphQLContext context) {
		return context.getOrDefault(KEY, UNKNOWN);
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		String address = resolve(request);
		request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(KEY, address)).build());
		return chain.next(request);
	}

	String resolve(WebGraphQlRequest request) {
		String remote = remote(request.getRemoteAddress());
		if (this.trustedProxies == 0) {
			return remote;
		}
		List<String> hops = new ArrayList<>();
		for (String header : request.getHeaders().getOrEmpty("X-Forwarded-For")) {
			for (String hop : header.split(",")) {
				if (!hop.isBlank()) {
					hops.add(hop.trim());
				}
			}
		}
		// Each trusted proxy appended the address it saw; the client is N entries from
		// the right.
		return hops.size() >= this.trustedProxies ? hops.get(hops.size() - this.trustedProxies) : remote;
	}

	private static String remote(InetSocketAddress address) {
		if (address == null) {
			return UNKNOWN;
		}
		return (address.getAddress() != null) ? address.getAddress().getHostAddress() : address.getHostString();
	}

}
