package app.tandem.imports;

import java.util.Locale;

/**
 * How names in a file are compared with names in Tandem: case-insensitive, ё the same as
 * е, surrounding and repeated spaces ignored ("Семён Петров" finds "семен петров").
 */
final class Names {

	private Names() {
	}

	static String key(String name) {
		if (name == null) {
			return "";
		}
		return name.replace('\u00A0', ' ').trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).replace('ё', 'е');
	}

}
