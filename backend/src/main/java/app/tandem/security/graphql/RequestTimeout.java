package app.tandem.security.graphql;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Cancels a GraphQL request that runs longer than {@code tandem.graphql.request-timeout}:
 * graphql-java then fetches no further field and answers with what it has. A statement
 * already running in the database is not interrupted by this; the JDBC query timeouts in
 * application.yml end it. {@link ErrorHygiene} turns the cancellation into a clear error.
 */
@Component
class RequestTimeout implements Instrumentation, DisposableBean {

	private static final String TIMED_OUT = RequestTimeout.class.getName() + ".timedOut";

	private final long timeoutMillis;

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "graphql-request-timeout");
		thread.setDaemon(true);
		return thread;
	});

	RequestTimeout(GraphQlLimits limits) {
		this.timeoutMillis = limits.requestTimeout().toMillis();
	}

	static boolean timedOut(GraphQLContext context) {
		return Boolean.TRUE.equals(context.get(TIMED_OUT));
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		ExecutionInput input = parameters.getExecutionInput();
		ScheduledFuture<?> cancel = this.timer.schedule(() -> {
			input.getGraphQLContext().put(TIMED_OUT, Boolean.TRUE);
			input.cancel();
		}, this.timeoutMillis, TimeUnit.MILLISECONDS);
		return SimpleInstrumentationContext.whenCompleted((result, failure) -> cancel.cancel(false));
	}

	@Override
	public void destroy() {
		this.timer.shutdownNow();
	}

}
