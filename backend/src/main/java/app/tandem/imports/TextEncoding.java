package app.tandem.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.mozilla.universalchardet.UniversalDetector;

/**
 * The text encoding of a CSV file as Russian offices write them: UTF-8 with or without a BOM
 * (amoCRM, Direct's API, Google Sheets), UTF-16 with a BOM (Excel's "Unicode text"), or an 8-bit
 * Cyrillic code page (Excel's "Save as CSV" on Russian Windows writes Windows-1251). Strictly
 * valid UTF-8 is taken as UTF-8 (Windows-1251 Cyrillic is never valid UTF-8); otherwise
 * juniversalchardet chooses among the Cyrillic code pages, Windows-1251 when it is unsure.
 */
final class TextEncoding {

	private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

	private static final Set<String> CYRILLIC = Set.of("WINDOWS-1251", "KOI8-R", "IBM866", "X-MAC-CYRILLIC");

	private TextEncoding() {
	}

	/** The file's text, without its byte-order mark. */
	static String decode(byte[] bytes) {
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new String(bytes, eightBit(bytes));
		}
	}

	private static Charset eightBit(byte[] bytes) {
		UniversalDetector detector = new UniversalDetector();
		detector.handleData(bytes, 0, Math.min(bytes.length, 256 * 1024));
		detector.dataEnd();
		String detected = detector.getDetectedCharset();
		if (detected != null && CYRILLIC.contains(detected.toUpperCase(java.util.Locale.ROOT))
				&& Charset.isSupported(detected)) {
			return Charset.forName(detected);
		}
		return WINDOWS_1251;
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
