package app.tandem.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.mozilla.universalchardet.UniversalDetector;

/**
 * The text encoding of a CSV file as Russian offices write them: UTF-8 with or without a
 * BOM (amoCRM, Direct's API, Google Sheets), UTF-16 with a BOM (Excel's "Unicode text"),
 * or an 8-bit Cyrillic code page (Excel's "Save as CSV" on Russian Windows writes
 * Windows-1251). Strictly valid UTF-8 is taken as UTF-8 (Windows-1251 Cyrillic is never
 * valid UTF-8). Otherwise the text is decoded with Windows-1251, KOI8-R, IBM866 and
 * whatever juniversalchardet guesses, and the reading with the most common Russian
 * lowercase letters wins (Windows-1251 on a tie): on a short file, such as a header and a
 * few rows, the detector's statistics alone can pick KOI8-R.
 */
final class TextEncoding {

	private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

	private static final Set<String> CYRILLIC = Set.of("WINDOWS-1251", "KOI8-R", "IBM866", "X-MAC-CYRILLIC");

	private TextEncoding() {
	}

	/**
	 * A file's text and the encoding it was read in, as a charset name ({@code UTF-8},
	 * {@code windows-1251}, …); the import screen shows it so that a wrong guess is seen.
	 */
	record Decoded(String text, String encoding) {
	}

	/** The file's text, without its byte-order mark. */
	static String decode(byte[] bytes) {
		return read(bytes).text();
	}

	static Decoded read(byte[] bytes) {
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8");
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
		}
		try {
			return new Decoded(StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString(), "UTF-8");
		}
		catch (CharacterCodingException ex) {
			Charset charset = eightBit(bytes);
			return new Decoded(new String(bytes, charset), charset.name());
		}
	}

	private static Charset eightBit(byte[] bytes) {
		java.util.List<Charset> candidates = new java.util.ArrayList<>(
				java.util.List.of(WINDOWS_1251, Charset.forName("KOI8-R"), Charset.forName("IBM866")));
		UniversalDetector detector = new UniversalDetector();
		detector.handleData(bytes, 0, Math.min(bytes.length, 256 * 1024));
		detector.dataEnd();
		String detected = detector.getDetectedCharset();
		if (detected != null && CYRILLIC.contains(detected.toUpperCase(java.util.Locale.ROOT))
				&& Charset.isSupported(detected) && !candidates.contains(Charset.forName(detected))) {
			candidates.add(Charset.forName(detected));
		}
		int sample = Math.min(bytes.length, 64 * 1024);
		Charset best = WINDOWS_1251;
		int bestScore = -1;
		for (Charset candidate : candidates) {
			int score = russianScore(new String(bytes, 0, sample, candidate));
			if (score > bestScore) {
				best = candidate;
				bestScore = score;
			}
		}
		return best;
	}

	/**
	 * How many of the most frequent Russian letters (lowercase, as most of any real text
	 * is) the text has.
	 */
	private static int russianScore(String text) {
		int score = 0;
		for (int i = 0; i < text.length(); i++) {
			if ("оеаинтсрвлкмдпу".indexOf(text.charAt(i)) >= 0) {
				score++;
			}
		}
		return score;
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
