package app.tandem.imports;

import org.springframework.http.HttpStatus;

/**
 * A whole file refused before any row is written: not a table, too large, an unknown source, a
 * marketer's campaign on someone else's channel. Answered with its HTTP status and a code.
 */
class ImportRefusal extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	ImportRefusal(HttpStatus status, String code, String message) {
		super(message, null, false, false);
		this.status = status;
		this.code = code;
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

}
