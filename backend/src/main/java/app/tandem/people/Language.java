package app.tandem.people;

import java.util.Locale;

/** The languages the app and its e-mails speak. */
public enum Language {

	EN, RU;

	public Locale locale() {
		return Locale.forLanguageTag(tag());
	}

	/** The column value and the app's language code: "en", "ru". */
	public String tag() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Language ofTag(String tag) {
		return tag == null ? null : valueOf(tag.toUpperCase(Locale.ROOT));
	}

}
