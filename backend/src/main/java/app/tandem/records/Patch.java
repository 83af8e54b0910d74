package app.tandem.records;

import org.springframework.graphql.data.ArgumentValue;

import app.tandem.shared.InputCheck;

/**
 * An update input names only the fields it changes (SPEC §7): an omitted field stays as
 * it is, an explicit null clears it where it may be empty.
 */
final class Patch {

	private Patch() {
	}

	/** The new value, or {@code current} when the field was omitted. */
	static <T> T value(ArgumentValue<T> field, T current) {
		return field == null || field.isOmitted() ? current : field.value();
	}

	static boolean given(ArgumentValue<?> field) {
		return field != null && !field.isOmitted();
	}

	/** A field that cannot be emptied: given as null is bad input. */
	static void notCleared(InputCheck check, ArgumentValue<?> field, String name) {
		check.when(given(field) && field.value() == null, name, name + " cannot be empty");
	}

}
