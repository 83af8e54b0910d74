package app.tandem.security.graphql;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import app.tandem.shared.ErrorCode;
import app.tandem.shared.TandemErrorType;
import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.persisted.ApolloPersistedQuerySupport;
import graphql.execution.preparsed.persisted.PersistedQueryCache;
import graphql.execution.preparsed.persisted.PersistedQueryCacheMiss;
import graphql.execution.preparsed.persisted.PersistedQueryError;
import graphql.execution.preparsed.persisted.PersistedQueryIdInvalid;
import graphql.execution.preparsed.persisted.PersistedQueryNotFound;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Automatic persisted queries, Apollo's protocol (SPEC §11): a client sends
 * {@code extensions.persistedQuery.sha256Hash} without the document; an unknown hash
 * answers {@code PersistedQueryNotFound} (code {@code PERSISTED_QUERY_NOT_FOUND}), the
 * client sends document and hash once, and from then on the hash alone runs it. The
 * document must hash to the given value (else {@code PERSISTED_QUERY_ID_INVALID}), so
 * nobody can plant a document under another's hash.
 * <p>
 * Each instance keeps its own cache, bounded in documents and in characters and evicting
 * the least recently used: a hash that another instance knows costs one extra round trip.
 * Every query limit still applies to a document run by hash
 * ({@link QueryLimitInstrumentation}), and a document refused by a limit is not kept.
 */
@Configuration(proxyBeanMethods = false)
class PersistedQueries {

	@Bean
	GraphQlSourceBuilderCustomizer persistedQuerySupport(PersistedQueryLimits limits) {
		ApolloPersistedQuerySupport support = new CodedSupport(new BoundedCache(limits));
		return (builder) -> builder.configureGraphQl((graphQl) -> graphQl.preparsedDocumentProvider(support));
	}

	/** Apollo's support, its two refusals carrying Tandem's classification and code. */
	private static final class CodedSupport extends ApolloPersistedQuerySupport {

		CodedSupport(PersistedQueryCache cache) {
			super(cache);
		}

		@Override
		protected PreparsedDocumentEntry mkMissingError(PersistedQueryError error) {
			ErrorCode code = (error instanceof PersistedQueryIdInvalid) ? ErrorCode.PERSISTED_QUERY_ID_INVALID
					: ErrorCode.PERSISTED_QUERY_NOT_FOUND;
			Map<String, Object> extensions = new LinkedHashMap<>();
			extensions.put(ErrorCode.KEY, code.name());
			Object id = (error instanceof PersistedQueryNotFound notFound) ? notFound.getPersistedQueryId()
					: (error instanceof PersistedQueryIdInvalid invalid) ? invalid.getPersistedQueryId() : null;
			if (id != null) {
				extensions.put("persistedQueryId", String.valueOf(id));
			}
			// Apollo's clients look for this exact message (or the code) before sending
			// the document.
			return new PreparsedDocumentEntry(GraphqlErrorBuilder.newError()
				.errorType(TandemErrorType.BAD_REQUEST)
				.message("%s", error.getMessage())
				.extensions(extensions)
				.build());
		}

	}

	/**
	 * Hash → parsed and validated document, least recently used first out once either
	 * bound is passed. Only documents without errors are kept; a miss with the document
	 * parses and validates it outside the lock, so one slow document does not hold up the
	 * others.
	 */
	static final class BoundedCache implements PersistedQueryCache {

		private final PersistedQueryLimits limits;

		private final LinkedHashMap<Object, Kept> documents = new LinkedHashMap<>(16, 0.75f, true);

		private long characters;

		BoundedCache(PersistedQueryLimits limits) {
			this.limits = limits;
		}

		@Override
		public CompletableFuture<PreparsedDocumentEntry> getPersistedQueryDocumentAsync(Object id, ExecutionInput input,
				PersistedQueryCacheMiss miss) {
			Optional<PreparsedDocumentEntry> known = lookUp(id);
			if (known.isPresent()) {
				return CompletableFuture.completedFuture(known.get());
			}
			String text = input.getQuery();
			if (text == null || text.isBlank() || text.equals(PersistedQuerySupport.PERSISTED_QUERY_MARKER)) {
				// The hash alone, and this instance does not know it: the client sends
				// the document.
				throw new PersistedQueryNotFound(id);
			}
			PreparsedDocumentEntry entry = miss.apply(text);
			if (!entry.hasErrors()) {
				keep(id, new Kept(entry, text.length()));
			}
			return CompletableFuture.completedFuture(entry);
		}

		private synchronized Optional<PreparsedDocumentEntry> lookUp(Object id) {
			return Optional.ofNullable(this.documents.get(id)).map(Kept::entry);
		}

		private synchronized void keep(Object id, Kept kept) {
			if (kept.characters() > this.limits.maxCharacters()) {
				return;
			}
			Kept previous = this.documents.put(id, kept);
			this.characters += kept.characters() - ((previous != null) ? previous.characters() : 0);
			Iterator<Kept> eldest = this.documents.values().iterator();
			while (this.documents.size() > this.limits.maxDocuments()
					|| this.characters > this.limits.maxCharacters()) {
				this.characters -= eldest.next().characters();
				eldest.remove();
			}
		}

		synchronized int size() {
			return this.documents.size();
		}

		private record Kept(PreparsedDocumentEntry entry, long characters) {
		}

	}

}
