package app.tandem.security.graphql;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How much of the persisted-query cache one instance keeps
 * ({@code tandem.graphql.persisted-queries.*}). Unset or non-positive values fall back to
 * the defaults below.
 *
 * @param maxDocuments documents kept, the least recently used leaving first
 * @param maxCharacters characters of document text kept in all; a parsed document takes
 * some ten times its text in memory, so the default bounds the cache near 40 MB
 */
@ConfigurationProperties("tandem.graphql.persisted-queries")
record PersistedQueryLimits(int maxDocuments, long maxCharacters) {

	PersistedQueryLimits {
		maxDocuments = (maxDocuments > 0) ? maxDocuments : 1000;
		maxCharacters = (maxCharacters > 0) ? maxCharacters : 4_000_000;
	}

}
