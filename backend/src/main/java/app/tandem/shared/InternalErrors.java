package app.tandem.shared;

import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place an INTERNAL_ERROR gets its id: what went wrong goes to the log under a
 * new id, the answer carries only the id ({@code extensions.errorId}) and its code
 * ({@code INTERNAL_ERROR} or {@code REQUEST_TIMEOUT}), never a stack trace or a class
 * name. Used by the resolvers' advice and by the interceptor that classifies errors
 * raised outside them.
 */
public final class InternalErrors {

	private static final Logger log = LoggerFactory.getLogger(InternalErrors.class);

	private InternalErrors() {
	}

	/**
	 * An unexpected failure at {@code where}: logged as an error with {@code cause}'s
	 * stack trace (or {@code detail} when graphql-java reported it without an exception).
	 */
	public static GraphQLError failure(GraphqlErrorBuilder<?> error, Object where, @Nullable String detail,
			@Nullable Throwable cause) {
		String id = UUID.randomUUID().toString();
		if (cause != null) {
			log.error("INTERNAL_ERROR {} at {}", id, where, cause);
		}
		else {
			log.error("INTERNAL_ERROR {} at {}: {}", id, where, detail);
		}
		return build(error, "Internal error " + id, id, ErrorCode.INTERNAL_ERROR);
	}

	/** A request cancelled by its time limit: a warning, since the limit did its job. */
	public static GraphQLError timedOut(GraphqlErrorBuilder<?> error, Duration limit) {
		String id = UUID.randomUUID().toString();
		log.warn("INTERNAL_ERROR {}: request cancelled after {}", id, limit);
		return build(error,
				"The request took longer than " + limit.toSeconds() + " s and was stopped (error " + id + ")", id,
				ErrorCode.REQUEST_TIMEOUT);
	}

	private static GraphQLError build(GraphqlErrorBuilder<?> error, String message, String id, ErrorCode code) {
		return error.errorType(TandemErrorType.INTERNAL_ERROR)
			.message("%s", message)
			.extensions(Map.of("errorId", id, ErrorCode.KEY, code.name()))
			.build();
	}

}
