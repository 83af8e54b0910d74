package app.tandem.security.graphql;

import java.time.Duration;

import app.tandem.shared.Pages;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * What one GraphQL request may ask for ({@code tandem.graphql.*}). Every limit is checked
 * before any resolver, and so before any SQL, runs; docs/security.md says which threat
 * each one answers. Unset or non-positive values fall back to the defaults below.
 *
 * @param maxDepth deepest field nesting (introspection excepted, see
 * {@link QueryMeasure})
 * @param maxCost largest cost; a field costs 1, a list with {@code first} costs first ×
 * (1 + its fields)
 * @param defaultFirst page size assumed when a list field is asked for without
 * {@code first}
 * @param maxFirst largest {@code first}; {@link Pages} reads the same setting for every
 * list
 * @param maxRootFields top-level fields per request, fragments expanded
 * @param maxAliases aliased fields per request, fragments expanded
 * @param maxLogins {@code login} and {@code refreshSession} fields per request; each
 * login also counts as a sign-in attempt
 * @param requestTimeout how long one request may execute before it is cancelled
 * @param maxRequestSize largest HTTP request body accepted at the GraphQL endpoint
 * @param parser graphql-java parser limits, set per request rather than JVM-wide
 */
@ConfigurationProperties("tandem.graphql")
public record GraphQlLimits(int maxDepth, long maxCost, int defaultFirst, int maxFirst, int maxRootFields,
		int maxAliases, int maxLogins, Duration requestTimeout, DataSize maxRequestSize, Parser parser) {

	public GraphQlLimits {
		maxDepth = positive(maxDepth, 12);
		maxCost = maxCost > 0 ? maxCost : 5000;
		defaultFirst = positive(defaultFirst, Pages.DEFAULT_FIRST);
		maxFirst = positive(maxFirst, Pages.MAX_FIRST);
		maxRootFields = positive(maxRootFields, 30);
		maxAliases = positive(maxAliases, 30);
		maxLogins = positive(maxLogins, 5);
		requestTimeout = requestTimeout == null || requestTimeout.isNegative() || requestTimeout.isZero()
				? Duration.ofSeconds(10) : requestTimeout;
		maxRequestSize = maxRequestSize == null || maxRequestSize.toBytes() <= 0 ? DataSize.ofKilobytes(256)
				: maxRequestSize;
		parser = parser == null ? new Parser(0, 0, 0, 0) : parser;
	}

	/** Defaults everywhere: for code and tests that build limits by hand. */
	public static GraphQlLimits defaults() {
		return new GraphQlLimits(0, 0, 0, 0, 0, 0, 0, null, null, null);
	}

	/**
	 * @param maxTokens grammar tokens per document (graphql-java's own default, kept
	 * explicit)
	 * @param maxWhitespaceTokens whitespace and comment tokens per document
	 * @param maxCharacters characters per document
	 * @param maxRuleDepth parser recursion depth, which bounds the parser's stack
	 */
	public record Parser(int maxTokens, int maxWhitespaceTokens, int maxCharacters, int maxRuleDepth) {

		public Parser {
			maxTokens = positive(maxTokens, 15_000);
			maxWhitespaceTokens = positive(maxWhitespaceTokens, 200_000);
			maxCharacters = positive(maxCharacters, 262_144);
			maxRuleDepth = positive(maxRuleDepth, 500);
		}

	}

	private static int positive(int value, int fallback) {
		return value > 0 ? value : fallback;
	}

}
