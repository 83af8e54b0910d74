package app.tandem.shared;

/** GraphQL IDs are strings; ours are positive numbers. Anything else names no record. */
public final class Ids {

	private Ids() {
	}

	public static Long parse(String id, String field) {
		if (id == null || id.isBlank()) {
			throw TandemException.badInput(field, field + " is required");
		}
		return parseOptional(id, field);
	}

	public static Long parseOptional(String id, String field) {
		if (id == null) {
			return null;
		}
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
