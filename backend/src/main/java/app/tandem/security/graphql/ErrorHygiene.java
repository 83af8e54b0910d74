package app.tandem.security.graphql;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import app.tandem.shared.ErrorCode;
import app.tandem.shared.InternalErrors;
import app.tandem.shared.TandemErrorType;
import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Errors raised outside the resolvers get Tandem's classifications too (README: every
 * error carries one of BAD_REQUEST, UNAUTHORIZED, ...): graphql-java's syntax, validation
 * and abort errors become BAD_REQUEST with their message; anything unexpected, including
 * an exception thrown by an instrumentation or interceptor, becomes an opaque
 * INTERNAL_ERROR whose id is in the log, never a stack trace or a class name. Every error
 * leaves here with an {@code extensions.code} ({@link ErrorCode}): its own, or its
 * classification's general one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorHygiene implements WebGraphQlInterceptor {

	private static final Set<String> TANDEM = Arrays.stream(TandemErrorType.values())
		.map(Enum::name)
		.collect(Collectors.toUnmodifiableSet());

	private final GraphQlLimits limits;

	ErrorHygiene(GraphQlLimits limits) {
		this.limits = limits;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		return Mono.defer(() -> chain.next(request))
			.map(this::classify)
			.onErrorResume((ex) -> Mono.just(failed(request, ex)));
	}

	private WebGraphQlResponse classify(WebGraphQlResponse response) {
		List<GraphQLError> errors = response.getExecutionResult().getErrors();
		if (errors.stream().allMatch((error) -> isTandems(error) && hasCode(error))) {
			return response;
		}
		boolean timedOut = RequestTimeout.timedOut(response.getExecutionInput().getGraphQLContext());
		List<GraphQLError> classified = errors.stream().map((error) -> classify(error, timedOut)).toList();
		return response.transform((builder) -> builder.errors(classified));
	}

	private GraphQLError classify(GraphQLError error, boolean timedOut) {
		if (isTandems(error)) {
			// spring-graphql's own (e.g. @PreAuthorize refusals) come without a code.
			return hasCode(error) ? error
					: copy(error, TandemErrorType.valueOf(String.valueOf(error.getErrorType().toSpecification(error))),
							null, error.getMessage());
		}
		if (!(error.getErrorType() instanceof ErrorType type)) {
			// graphql-java's own checks with their own classification, such as
			// BadFaithIntrospection.
			ErrorCode code = switch (String.valueOf(error.getErrorType().toSpecification(error))) {
				case "IntrospectionDisabled" -> ErrorCode.INTROSPECTION_DISABLED;
				case "BadFaithIntrospection" -> ErrorCode.INTROSPECTION_TOO_LARGE;
				default -> ErrorCode.GRAPHQL_VALIDATION_FAILED;
			};
			return copy(error, TandemErrorType.BAD_REQUEST, code, error.getMessage());
		}
		return switch (type) {
			case InvalidSyntax ->
				copy(error, TandemErrorType.BAD_REQUEST, ErrorCode.GRAPHQL_PARSE_FAILED, error.getMessage());
			case ValidationError ->
				copy(error, TandemErrorType.BAD_REQUEST, ErrorCode.GRAPHQL_VALIDATION_FAILED, error.getMessage());
			case OperationNotSupported ->
				copy(error, TandemErrorType.BAD_REQUEST, ErrorCode.OPERATION_NOT_SUPPORTED, error.getMessage());
			case ExecutionAborted -> timedOut ? timeout(error)
					: copy(error, TandemErrorType.BAD_REQUEST, ErrorCode.EXECUTION_ABORTED, error.getMessage());
			case DataFetchingException, NullValueInNonNullableField -> internal(error);
		};
	}

	private static boolean hasCode(GraphQLError error) {
		return error.getExtensions() != null && error.getExtensions().get(ErrorCode.KEY) != null;
	}

	/** Tandem's classifications, and spring-graphql's, which use the same names. */
	private static boolean isTandems(GraphQLError error) {
		if (error.getErrorType() == null || error.getErrorType() instanceof ErrorType) {
			return false;
		}
		return TANDEM.contains(String.valueOf(error.getErrorType().toSpecification(error)));
	}

	private GraphQLError timeout(GraphQLError error) {
		return InternalErrors.timedOut(located(error), this.limits.requestTimeout());
	}

	private GraphQLError internal(GraphQLError error) {
		return InternalErrors.failure(located(error), error.getPath(), error.getMessage(), null);
	}

	private WebGraphQlResponse failed(WebGraphQlRequest request, Throwable ex) {
		GraphQLError error = InternalErrors.failure(GraphqlErrorBuilder.newError().locations(null),
				"outside the resolvers", null, ex);
		ExecutionResult result = ExecutionResult.newExecutionResult().addError(error).build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
	}

	/** A new error at {@code error}'s locations and path, with nothing else of it. */
	private static GraphqlErrorBuilder<?> located(GraphQLError error) {
		GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
			.locations(error.getLocations() == null || error.getLocations().isEmpty() ? null : error.getLocations());
		return (error.getPath() != null) ? builder.path(error.getPath()) : builder;
	}

	/**
	 * A copy classified as {@code type}; a null {@code code} is the classification's
	 * general one.
	 */
	private static GraphQLError copy(GraphQLError error, TandemErrorType type, ErrorCode code, String message) {
		Map<String, Object> extensions = new HashMap<>();
		if (error.getExtensions() != null) {
			extensions.putAll(error.getExtensions());
		}
		extensions.remove("classification");
		extensions.put(ErrorCode.KEY, ((code != null) ? code : ErrorCode.of(type)).name());
		GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
			.errorType(type)
			.message("%s", message)
			.locations(error.getLocations() == null || error.getLocations().isEmpty() ? null : error.getLocations())
			.extensions(extensions);
		return (error.getPath() != null) ? builder.path(error.getPath()).build() : builder.build();
	}

}
