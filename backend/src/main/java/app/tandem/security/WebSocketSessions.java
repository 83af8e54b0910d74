package app.tandem.security;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import app.tandem.shared.TandemErrorType;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * GraphQL over WebSocket (docs/spec.md §10). A mobile client signs in with
 * {@code connection_init}'s payload {@code {"Authorization": "Bearer <accessToken>"}}: a
 * token that does not verify (expired, revoked, forged), or no token on a handshake that
 * signed nobody in, closes the connection with 4401 before anything runs; a good one is
 * the identity of every operation on the connection, checked like an HTTP request's. The
 * web app's handshake carries its session cookie instead ({@link SessionTokenResolver}).
 * A connection holds at most {@code tandem.live.max-subscriptions} subscriptions at once,
 * so one socket cannot pin unbounded server work.
 */
@Component
class WebSocketSessions implements WebSocketGraphQlInterceptor {

	private static final String AUTHENTICATION = WebSocketSessions.class.getName() + ".authentication";

	private static final String SUBSCRIPTIONS = WebSocketSessions.class.getName() + ".subscriptions";

	private final JwtDecoder tokens;

	private final int maxSubscriptions;

	WebSocketSessions(JwtDecoder tokens, @Value("${tandem.live.max-subscriptions:10}") int maxSubscriptions) {
		this.tokens = tokens;
		this.maxSubscriptions = maxSubscriptions;
	}

	@Override
	public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo session, Map<String, Object> payload) {
		session.getAttributes().put(SUBSCRIPTIONS, new AtomicInteger());
		Object header = payload.get("Authorization");
		if (header == null) {
			// Signed in by the handshake (the web session), or not at all: an anonymous
			// connection is closed (4401).
			return session.getPrincipal()
				.hasElement()
				.flatMap((signedIn) -> signedIn ? Mono.empty() : Mono.error(new IllegalStateException(
						"Sign in first: connection_init " + "{\"Authorization\": \"Bearer <accessToken>\"}")));
		}
		String value = header.toString();
		if (!value.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return Mono.error(new IllegalArgumentException("connection_init Authorization must be \"Bearer <token>\""));
		}
		try {
			JwtAuthenticationToken authentication = new JwtAuthenticationToken(
					this.tokens.decode(value.substring(7).trim()));
			session.getAttributes().put(AUTHENTICATION, new SecurityContextImpl(authentication));
			return Mono.empty();
		}
		catch (JwtException ex) {
			return Mono.error(ex);
		}
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (!(request instanceof WebSocketGraphQlRequest socket)) {
			return chain.next(request);
		}
		Map<String, Object> attributes = socket.getSessionInfo().getAttributes();
		AtomicInteger open = (AtomicInteger) attributes.computeIfAbsent(SUBSCRIPTIONS, (key) -> new AtomicInteger());
		if (open.get() >= this.maxSubscriptions) {
			return Mono.just(refused(request,
					"At most " + this.maxSubscriptions + " subscriptions per connection; complete one first"));
		}
		Mono<WebGraphQlResponse> response = chain.next(request).doOnNext((answer) -> {
			if (answer.getExecutionResult().getData() instanceof Publisher<?>) {
				open.incrementAndGet();
			}
		});
		// The identity from connection_init, for the resolvers (Viewers reads the
		// security context).
		return (attributes.get(AUTHENTICATION) instanceof SecurityContext context)
				? response.contextWrite(Context.of(SecurityContext.class.getName(), context)) : response;
	}

	@Override
	public Mono<Void> handleCancelledSubscription(WebSocketSessionInfo session, String id) {
		if (session.getAttributes().get(SUBSCRIPTIONS) instanceof AtomicInteger open) {
			open.updateAndGet((n) -> Math.max(0, n - 1));
		}
		return Mono.empty();
	}

	private static WebGraphQlResponse refused(WebGraphQlRequest request, String message) {
		ExecutionResult result = ExecutionResult.newExecutionResult()
			.addError(GraphqlErrorBuilder.newError()
				.errorType(TandemErrorType.BAD_REQUEST)
				.message("%s", message)
				.build())
			.build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
	}

}
