package app.tandem.security.graphql;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request timeout without a server (a slow resolver has no place in Tandem's schema):
 * five fields of 150 ms each, a 200 ms timeout, and graphql-java must stop fetching once
 * it passed.
 */
class RequestTimeoutTests {

	@Test
	void aRequestThatRunsTooLongIsCancelledBetweenFields() {
		AtomicInteger fetched = new AtomicInteger();
		DataFetcher<String> slow = (env) -> {
			fetched.incrementAndGet();
			Thread.sleep(150);
			return "x";
		};
		GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(
				new SchemaParser().parse("type Query { a: String b: String c: String d: String e: String }"),
				RuntimeWiring.newRuntimeWiring()
					.type("Query",
							(type) -> type.dataFetchers(Map.of("a", slow, "b", slow, "c", slow, "d", slow, "e", slow)))
					.build());
		RequestTimeout timeout = new RequestTimeout(
				new GraphQlLimits(0, 0, 0, 0, 0, 0, 0, Duration.ofMillis(200), null, null));
		try {
			ExecutionInput input = ExecutionInput.newExecutionInput("{ a b c d e }").build();
			ExecutionResult result = GraphQL.newGraphQL(schema).instrumentation(timeout).build().execute(input);
			assertThat(fetched.get()).isBetween(1, 3);
			assertThat(result.getErrors()).isNotEmpty();
			assertThat(RequestTimeout.timedOut(input.getGraphQLContext())).isTrue();
		}
		finally {
			timeout.destroy();
		}
	}

	@Test
	void aQuickRequestIsNotTouched() {
		GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(
				new SchemaParser().parse("type Query { a: String }"),
				RuntimeWiring.newRuntimeWiring().type("Query", (type) -> type.dataFetcher("a", (env) -> "x")).build());
		RequestTimeout timeout = new RequestTimeout(GraphQlLimits.defaults());
		try {
			ExecutionInput input = ExecutionInput.newExecutionInput("{ a }").build();
			ExecutionResult result = GraphQL.newGraphQL(schema).instrumentation(timeout).build().execute(input);
			assertThat(result.getErrors()).isEmpty();
			assertThat(RequestTimeout.timedOut(input.getGraphQLContext())).isFalse();
		}
		finally {
			timeout.destroy();
		}
	}

}
