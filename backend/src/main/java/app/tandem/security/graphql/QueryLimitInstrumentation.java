package app.tandem.security.graphql;

import java.util.List;
import java.util.Map;

import app.tandem.shared.ErrorCode;
import app.tandem.shared.TandemErrorType;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Enforces {@link GraphQlLimits} inside graphql-java: the parser limits go into each
 * request's context (graphql-java reads them from there, so nothing is changed JVM-wide),
 * and the parsed document is measured as validation begins, before graphql-java's own
 * validation (whose overlapping-fields rule is quadratic) and long before any resolver or
 * SQL. A refusal aborts the request with a BAD_REQUEST error.
 * <p>
 * A document run by its hash ({@link PersistedQueries}) skips parsing and validation, so
 * it is measured again as its operation begins, with this request's variables: a document
 * registered with {@code first: 10} cannot be run by hash with {@code first: 100000}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class QueryLimitInstrumentation implements Instrumentation {

	/** Set in the request's context when its document was measured before validation. */
	private static final String MEASURED = QueryLimitInstrumentation.class.getName() + ".measured";

	private final GraphQlLimits limits;

	private final ParserOptions parserOptions;

	QueryLimitInstrumentation(GraphQlLimits limits) {
		this.limits = limits;
		GraphQlLimits.Parser parser = limits.parser();
		this.parserOptions = ParserOptions.getDefaultOperationParserOptions()
			.transform((options) -> options.maxTokens(parser.maxTokens())
				.maxWhitespaceTokens(parser.maxWhitespaceTokens())
				.maxCharacters(parser.maxCharacters())
				.maxRuleDepth(parser.maxRuleDepth()));
	}

	@Override
	public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		input.getGraphQLContext().put(ParserOptions.class, this.parserOptions);
		return input;
	}

	@Override
	public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
			InstrumentationState state) {
		parameters.getExecutionInput().getGraphQLContext().put(MEASURED, Boolean.TRUE);
		check(parameters.getDocument(), parameters.getSchema(), parameters.getVariables());
		return SimpleInstrumentationContext.noOp();
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext execution = parameters.getExecutionContext();
		GraphQLContext context = execution.getGraphQLContext();
		if (!Boolean.TRUE.equals(context.get(MEASURED))) {
			check(execution.getDocument(), execution.getGraphQLSchema(), execution.getExecutionInput().getVariables());
		}
		return SimpleInstrumentationContext.noOp();
	}

	private void check(Document document, GraphQLSchema schema, Map<String, Object> variables) {
		QueryMeasure.check(document, schema, variables, this.limits).ifPresent((refusal) -> {
			GraphqlErrorBuilder<?> error = GraphqlErrorBuilder.newError()
				.errorType(TandemErrorType.BAD_REQUEST)
				.message("%s", refusal.getMessage())
				.locations(null);
			error.extensions((refusal.field() == null) ? Map.of(ErrorCode.KEY, refusal.code().name())
					: Map.of(ErrorCode.KEY, refusal.code().name(), "field", refusal.field()));
			throw new AbortExecutionException(List.of(error.build()));
		});
	}

}
