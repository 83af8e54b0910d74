package app.tandem.shared;

import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.graphql.data.pagination.CursorStrategy;
import org.springframework.stereotype.Component;

/**
 * Reads Relay's {@code first}/{@code after} into a bounded keyset page: at most 100 items
 * (GitHub's limit), 20 when {@code first} is omitted; a cursor we did not issue is bad input.
 */
@Component
public class Pages {

	public static final int MAX_FIRST = 100;

	private static final int DEFAULT_FIRST = 20;

	private final CursorStrategy<ScrollPosition> cursors;

	Pages(CursorStrategy<ScrollPosition> cursors) {
		this.cursors = cursors;
	}

	public Page of(Integer first, String after) {
		int size = first == null ? DEFAULT_FIRST : first;
		if (size < 1 || size > MAX_FIRST) {
			throw TandemException.badInput("first", "first must be between 1 and " + MAX_FIRST);
		}
		if (after == null || after.isEmpty()) {
			return new Page(size, ScrollPosition.keyset());
		}
		try {
			if (this.cursors.fromCursor(after) instanceof KeysetScrollPosition keyset && !keyset.isInitial()) {
				return new Page(size, keyset);
			}
		}
		catch (RuntimeException ex) {
			// falls through: not a cursor we issued
		}
		throw TandemException.badInput("after", "after is not a cursor from this list");
	}

	public record Page(int size, KeysetScrollPosition position) {
	}

}
