package app.tandem.records;

import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import org.springframework.core.ResolvableType;
import org.springframework.graphql.data.GraphQlArgumentBinder;
import org.springframework.validation.BindException;

/**
 * The arguments of the list a connection field belongs to ({@code leads(filter: …)} for
 * {@code LeadConnection.totalCount}), bound like the list's own, so the count runs the
 * same query as the page, and only when a client asks for it.
 */
final class ConnectionArguments {

	private static final GraphQlArgumentBinder BINDER = new GraphQlArgumentBinder();

	private final Map<String, Object> arguments;

	private ConnectionArguments(Map<String, Object> arguments) {
		this.arguments = arguments;
	}

	static ConnectionArguments of(DataFetchingEnvironment env) {
		return new ConnectionArguments(env.getExecutionStepInfo().getParent().getArguments());
	}

	<T> T get(String name, Class<T> type) {
		Object raw = this.arguments.get(name);
		if (raw == null) {
			return null;
		}
		try {
			return type.cast(BINDER.bind(raw, false, ResolvableType.forClass(type)));
		}
		catch (BindException ex) {
			// The list itself refused the same arguments; its error is the one the client
			// sees.
			return null;
		}
	}

}
