package app.tandem.imports;

import org.springframework.http.HttpStatus;

/**
 * A whole file refused before any row is written: not a table, too large, an unknown
 * source, a marketer's campaign on someone else's channel. Answered with its HTTP status
 * and a code.
 */
class ImportRefusal extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	private final java.util.Map<String, java.util.List<String>> details;

	ImportRefusal(HttpStatus status, String code, String message) {
		this(status, code, message, java.util.Map.of());
	}

	/**
	 * With lists the client can act on, answered beside the code in {@code extensions}
	 * (MISSING_COLUMNS: headers, missing).
	 */
	ImportRefusal(HttpStatus status, String code, String message,
			java.util.Map<String, java.util.List<String>> details) {
		super(message, null, false, false);
		this.status = status;
		this.code = code;
		this.details = details;
	}

	static ImportRefusal badFile(String message) {
		return new ImportRefusal(HttpStatus.BAD_REQUEST, "NOT_A_TABLE", message);
	}

	static ImportRefusal badRequest(String code, String message) {
		return new ImportRefusal(HttpStatus.BAD_REQUEST, code, message);
	}

	static ImportRefusal tooLarge(String message) {
		return new ImportRefusal(HttpStatus.PAYLOAD_TOO_LARGE, "TOO_LARGE", message);
	}

	static ImportRefusal forbidden(String message) {
		return new ImportRefusal(HttpStatus.FORBIDDEN, "FORBIDDEN", message);
	}

	HttpStatus status() {
		return this.status;
	}

	String code() {
		return this.code;
	}

	java.util.Map<String, java.util.List<String>> details() {
		return this.details;
	}

}
