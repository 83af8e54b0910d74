package app.tandem.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.stereotype.Component;

/**
 * Reads Relay's {@code first}/{@code after} into a bounded keyset page: at most
 * {@code tandem.graphql.max-first} items (100, GitHub's limit),
 * {@code tandem.graphql.default-first} (20) when {@code first} is omitted; a cursor we
 * did not issue is bad input. The GraphQL query limits read the same two settings, so a
 * list is never refused by one and allowed by the other.
 */
@Component
public class Pages {

	/** The default of {@code tandem.graphql.max-first}. */
	public static final int MAX_FIRST = 100;

	/** The default of {@code tandem.graphql.default-first}. */
	public static final int DEFAULT_FIRST = 20;

	private final CursorStrategy<ScrollPosition> cursors;

	private final int defaultFirst;

	private final int maxFirst;

	Pages(CursorStrategy<ScrollPosition> cursors,
			@Value("${tandem.graphql.default-first:" + DEFAULT_FIRST + "}") int defaultFirst,
			@Value("${tandem.graphql.max-first:" + MAX_FIRST + "}") int maxFirst) {
		this.cursors = cursors;
		this.defaultFirst = defaultFirst > 0 ? defaultFirst : DEFAULT_FIRST;
		this.maxFirst = maxFirst > 0 ? maxFirst : MAX_FIRST;
	}

	/** A page of a list sorted by id alone. */
	public Page of(Integer first, String after) {
		return of(first, after, "id");
	}

	/**
	 * A page of a list sorted by {@code sortKeys}; a cursor must carry exactly those
	 * keys, {@code id} a whole number and any other a text (a forged cursor is bad input,
	 * never a failed query).
	 */
	public Page of(Integer first, String after, String... sortKeys) {
		int size = first == null ? this.defaultFirst : first;
		if (size < 1 || size > this.maxFirst) {
			throw TandemException.badInput("first", "first must be between 1 and " + this.maxFirst);
		}
		if (after == null || after.isEmpty()) {
			return new Page(size, ScrollPosition.keyset());
		}
		try {
			if (this.cursors.fromCursor(after) instanceof KeysetScrollPosition keyset && !keyset.isInitial()
					&& fits(keyset, sortKeys)) {
				return new Page(size, keyset);
			}
		}
		catch (RuntimeException ex) {
			// falls through: not a cursor we issued
		}
		throw TandemException.badInput("after", "after is not a cursor from this list");
	}

	private static boolean fits(KeysetScrollPosition keyset, String... sortKeys) {
		java.util.Map<String, Object> keys = keyset.getKeys();
		if (!keys.keySet().equals(java.util.Set.of(sortKeys))) {
			return false;
		}
		return keys.entrySet()
			.stream()
			.allMatch((e) -> "id".equals(e.getKey()) ? e.getValue() instanceof Long
					: e.getValue() instanceof String text && text.length() <= 500);
	}

	public record Page(int size, KeysetScrollPosition position) {
	}

}
