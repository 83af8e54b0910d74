package app.tandem.authz;

import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * How to call one operation as anyone, what an allowed call must show, and (for updates)
 * the stored value a refused call must leave alone.
 */
record Operation(String root, Function<Who, GraphQlTester.Response> call,
		BiConsumer<Who, GraphQlTester.Response> allowed, Supplier<Object> watched) {

	Operation(String root, Function<Who, GraphQlTester.Response> call,
			BiConsumer<Who, GraphQlTester.Response> allowed) {
		this(root, call, allowed, null);
	}

}
