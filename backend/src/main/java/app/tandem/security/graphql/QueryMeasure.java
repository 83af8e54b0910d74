package app.tandem.security.graphql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.tandem.shared.ErrorCode;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * Measures a parsed document against {@link GraphQlLimits} before graphql-java validates
 * it, so an abusive document costs neither validation time nor SQL. Each fragment is
 * measured once and remembered, so a document that fans out exponentially through
 * fragments takes linear time to measure; sums saturate rather than overflow. Fragment
 * cycles are refused here because the measure of a cycle is infinite. Introspection
 * ({@code __schema}, {@code __type}) is not measured: graphql-java's good-faith
 * introspection check bounds it, and GraphiQL's own schema query is 13–15 levels deep.
 */
final class QueryMeasure {

	private final GraphQlLimits limits;

	private final GraphQLSchema schema;

	private final Map<String, Object> variables;

	private final Map<String, FragmentDefinition> fragments = new HashMap<>();

	private final Map<String, QuerySize> measured = new HashMap<>();

	private final List<String> open = new ArrayList<>();

	private final int maxNesting;

	private int nesting;

	private QueryMeasure(Document document, GraphQLSchema schema, Map<String, Object> variables, GraphQlLimits limits) {
		this.limits = limits;
		this.schema = schema;
		this.variables = variables == null ? Map.of() : variables;
		document.getDefinitionsOfType(FragmentDefinition.class)
			.forEach((f) -> this.fragments.putIfAbsent(f.getName(), f));
		// Bounds this class's own recursion (fragment chains add nesting but no depth).
		this.maxNesting = Math.max(64, limits.maxDepth() * 4);
	}

	static Optional<QueryRefusal> check(Document document, GraphQLSchema schema, Map<String, Object> variables,
			GraphQlLimits limits) {
		QueryMeasure measure = new QueryMeasure(document, schema, variables, limits);
		try {
			document.getDefinitionsOfType(OperationDefinition.class).forEach(measure::operation);
			return Optional.empty();
		}
		catch (QueryRefusal refusal) {
			return Optional.of(refusal);
		}
	}

	private void operation(OperationDefinition operation) {
		GraphQLType root = switch (operation.getOperation()) {
			case MUTATION -> this.schema.getMutationType();
			case SUBSCRIPTION -> this.schema.getSubscriptionType();
			default -> this.schema.getQueryType();
		};
		QuerySize size = selections(operation.getSelectionSet(), root);
		refuseIf(ErrorCode.TOO_MANY_SIGN_INS, size.logins(), this.limits.maxLogins(),
				"The request signs in %s times; at most %d sign-ins per request");
		refuseIf(ErrorCode.TOO_MANY_ROOT_FIELDS, size.fields(), this.limits.maxRootFields(),
				"The request asks for %s top-level fields; at most %d are allowed");
		refuseIf(ErrorCode.TOO_MANY_ALIASES, size.aliases(), this.limits.maxAliases(),
				"The request uses %s aliases; at most %d are allowed");
		refuseIf(ErrorCode.QUERY_TOO_DEEP, size.depth(), this.limits.maxDepth(),
				"The request nests fields %s levels deep; at most %d are allowed");
		refuseIf(ErrorCode.QUERY_TOO_COSTLY, size.cost(), this.limits.maxCost(),
				"The request costs %s (a list counts `first` times its fields); at most %d is allowed");
	}

	private QuerySize selections(SelectionSet set, GraphQLType parent) {
		if (set == null) {
			return QuerySize.NONE;
		}
		if (++this.nesting > this.maxNesting) {
			throw new QueryRefusal(ErrorCode.QUERY_TOO_NESTED,
					"The document nests fields and fragments more than " + this.maxNesting + " levels deep", null);
		}
		try {
			QuerySize total = QuerySize.NONE;
			for (Selection<?> selection : set.getSelections()) {
				total = total.plus(selection(selection, parent));
			}
			return total;
		}
		finally {
			this.nesting--;
		}
	}

	private QuerySize selection(Selection<?> selection, GraphQLType parent) {
		if (selection instanceof Field field) {
			return field(field, parent);
		}
		if (selection instanceof InlineFragment inline) {
			GraphQLType type = inline.getTypeCondition() == null ? parent
					: this.schema.getType(inline.getTypeCondition().getName());
			return selections(inline.getSelectionSet(), type);
		}
		if (selection instanceof FragmentSpread spread) {
			return fragment(spread.getName());
		}
		return QuerySize.NONE;
	}

	private QuerySize field(Field field, GraphQLType parent) {
		long alias = field.getAlias() == null ? 0 : 1;
		if (field.getName().startsWith("__")) {
			return new QuerySize(1, 1, alias, 1, 0);
		}
		GraphQLFieldDefinition definition = (parent instanceof GraphQLFieldsContainer container)
				? container.getFieldDefinition(field.getName()) : null;
		// Unknown fields are measured all the same; graphql-java's validation names them
		// afterwards.
		GraphQLType type = definition == null ? null : GraphQLTypeUtil.unwrapAll(definition.getType());
		QuerySize inner = selections(field.getSelectionSet(), type);
		long cost = QuerySize.add(1, inner.cost());
		if (definition != null && definition.getArgument("first") != null) {
			cost = QuerySize.multiply(first(field), cost);
		}
		// A refresh is a sign-in too: one request cannot try a batch of guessed refresh
		// tokens either.
		long login = "login".equals(field.getName()) || "refreshSession".equals(field.getName()) ? 1 : 0;
		return new QuerySize(cost, inner.depth() + 1, QuerySize.add(alias, inner.aliases()), 1, login);
	}

	private QuerySize fragment(String name) {
		QuerySize known = this.measured.get(name);
		if (known != null) {
			return known;
		}
		FragmentDefinition definition = this.fragments.get(name);
		if (definition == null) {
			return QuerySize.NONE;
		}
		int start = this.open.indexOf(name);
		if (start >= 0) {
			List<String> cycle = new ArrayList<>(this.open.subList(start, this.open.size()));
			cycle.add(name);
			throw new QueryRefusal(ErrorCode.FRAGMENT_CYCLE, "Fragment " + name + " spreads itself ("
					+ String.join(" -> ", cycle) + "); fragment cycles are not allowed", null);
		}
		this.open.add(name);
		GraphQLType type = this.schema.getType(definition.getTypeCondition().getName());
		QuerySize size = selections(definition.getSelectionSet(), type);
		this.open.remove(this.open.size() - 1);
		this.measured.put(name, size);
		return size;
	}

	private long first(Field field) {
		Long value = FirstArgument.of(field, this.variables);
		long first = value == null ? this.limits.defaultFirst() : value;
		if (first < 1 || first > this.limits.maxFirst()) {
			throw new QueryRefusal(ErrorCode.FIRST_OUT_OF_RANGE,
					"first must be between 1 and " + this.limits.maxFirst(), "first");
		}
		return first;
	}

	private static void refuseIf(ErrorCode code, long actual, long limit, String message) {
		if (actual > limit) {
			throw new QueryRefusal(code,
					String.format(message, actual == Long.MAX_VALUE ? "too many" : Long.toString(actual), limit), null);
		}
	}

}
