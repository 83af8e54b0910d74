package app.tandem.shared;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Turns exceptions into GraphQL errors: expected failures keep their classification and
 * field; anything else becomes an opaque INTERNAL_ERROR whose id is in the server log.
 */
@ControllerAdvice
class GraphQlErrorAdvice {

	private static final Logger log = LoggerFactory.getLogger(GraphQlErrorAdvice.class);

	private final ConnectionPoolReset pool;

	GraphQlErrorAdvice(ConnectionPoolReset pool) {
		this.pool = pool;
	}

	@GraphQlExceptionHandler
	List<GraphQLError> handle(TandemException ex, DataFetchingEnvironment env) {
		if (ex.fieldErrors().isEmpty()) {
			return List.of(error(env, ex.type(), ex.code(), ex.getMessage(), null));
		}
		return ex.fieldErrors().stream().map((e) -> error(env, ex.type(), ex.code(), e.message(), e.field())).toList();
	}

	/**
	 * Values the scalars could not read, or of the wrong shape, reported at their input
	 * field.
	 */
	@GraphQlExceptionHandler
	List<GraphQLError> handle(BindException ex, DataFetchingEnvironment env) {
		return ex.getFieldErrors().stream().map((org.springframework.validation.FieldError e) -> {
			String field = e.getField().substring(e.getField().lastIndexOf('.') + 1).replaceAll("\\[.*", "");
			if (field.isEmpty() || "$".equals(field)) {
				// A top-level argument rather than an input field: name the argument.
				field = env.getArguments()
					.entrySet()
					.stream()
					.filter((argument) -> argument.getValue() == e.getRejectedValue())
					.map(Map.Entry::getKey)
					.findFirst()
					.orElse(ex.getObjectName());
			}
			String message = (e.getRejectedValue() instanceof InvalidScalar invalid) ? invalid.message(field)
					: field + " has a value of the wrong type";
			return error(env, TandemErrorType.BAD_REQUEST, ErrorCode.INVALID_VALUE, message, field);
		}).toList();
	}

	@GraphQlExceptionHandler
	GraphQLError handle(OptimisticLockingFailureException ex, DataFetchingEnvironment env) {
		return error(env, TandemErrorType.CONFLICT, ErrorCode.CONCURRENT_CHANGE,
				"Someone else changed this record at the same time; reload and try again", null);
	}

	/**
	 * A deadlock or lock timeout the database resolved by rolling this write back:
	 * nothing was written.
	 */
	@GraphQlExceptionHandler
	GraphQLError handle(ConcurrencyFailureException ex, DataFetchingEnvironment env) {
		log.info("Write rolled back by the database's lock handling: {}", ex.getMostSpecificCause().getMessage());
		return error(env, TandemErrorType.CONFLICT, ErrorCode.CONCURRENT_CHANGE,
				"Someone else wrote the same records at the same time; nothing was saved, try again", null);
	}

	@GraphQlExceptionHandler
	GraphQLError handle(DataIntegrityViolationException ex, DataFetchingEnvironment env) {
		log.info("Write refused by a database constraint: {}", ex.getMostSpecificCause().getMessage());
		return error(env, TandemErrorType.CONFLICT, ErrorCode.CONCURRENT_CHANGE,
				"The change conflicts with a record written at the same time; reload and try again", null);
	}

	@GraphQlExceptionHandler
	GraphQLError handle(Throwable ex, DataFetchingEnvironment env) {
		if (DatabaseOutage.explains(ex)) {
			log.warn("UNAVAILABLE at {}: {}", env.getExecutionStepInfo().getPath(), ex.getMessage());
			this.pool.afterOutage();
			return error(env, TandemErrorType.UNAVAILABLE, ErrorCode.DATABASE_UNAVAILABLE, DatabaseOutage.MESSAGE,
					null);
		}
		return InternalErrors.failure(GraphqlErrorBuilder.newError(env), env.getExecutionStepInfo().getPath(), null,
				ex);
	}

	private static GraphQLError error(DataFetchingEnvironment env, TandemErrorType type, ErrorCode code,
			@Nullable String message, @Nullable String field) {
		GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError(env).errorType(type).message(message);
		builder.extensions((field == null) ? Map.of(ErrorCode.KEY, code.name())
				: Map.of(ErrorCode.KEY, code.name(), "field", field));
		return builder.build();
	}

}
