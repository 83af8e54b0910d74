package app.tandem.hardening;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;

/**
 * Throws, outside any resolver, for the operation named {@value #OPERATION}: stands in
 * for a bug in an instrumentation or interceptor, whose exception must not reach the
 * client.
 */
class ExplodingInstrumentation implements Instrumentation {

	static final String OPERATION = "Explode";

	static final String SECRET = "secret-detail-of-a-bug";

	@Override
	public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		if (input.getQuery().contains("query " + OPERATION + " ")) {
			throw new IllegalStateException(SECRET);
		}
		return input;
	}

}
