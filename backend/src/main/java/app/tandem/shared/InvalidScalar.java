package app.tandem.shared;

import org.jspecify.annotations.Nullable;

/**
 * A scalar value that could not be read, such as the day "2026-02-30". It is carried on
 * to argument binding instead of failing inside graphql-java, so the client learns which
 * input field was wrong (extensions.field) like for any other bad input.
 */
public record InvalidScalar(String scalar, String expected, @Nullable String text) {

	public String message(String field) {
		return field + " must be " + this.expected + (this.text == null ? "" : ", not \"" + this.text + "\"");
	}

}
