package app.tandem.records;

import app.tandem.shared.InputCheck;

/** The reason a void must give: it is what the record's history says about it. */
final class Voids {

	private static final int MIN = 3;

	private static final int MAX = 500;

	private Voids() {
	}

	static String reason(String reason) {
		String text = reason == null ? null : reason.trim();
		new InputCheck().require(text, "reason")
			.when(text != null && !text.isEmpty() && text.length() < MIN, "reason",
					"reason must be at least " + MIN + " characters")
			.maxLength(text, MAX, "reason")
			.throwIfInvalid();
		return text;
	}

}
