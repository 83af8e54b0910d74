package app.tandem.shared;

import org.jspecify.annotations.Nullable;

/** GraphQL IDs are strings; ours are positive numbers. Anything else names no record. */
public final class Ids {

	private Ids() {
	}

	public static Long parse(@Nullable String id, String field) {
		if (id == null || id.isBlank()) {
			throw TandemException.badInput(field, field + " is required");
		}
		return parsePresent(id, field);
	}

	public static @Nullable Long parseOptional(@Nullable String id, String field) {
		return (id != null) ? parsePresent(id, field) : null;
	}

	private static long parsePresent(String id, String field) {
		try {
			long value = Long.parseLong(id.trim());
			if (value > 0) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// falls through: not one of our ids
		}
		throw TandemException.notFound(field,
				"No record with id \"" + (id.length() > 40 ? id.substring(0, 40) : id) + "\"");
	}

}
