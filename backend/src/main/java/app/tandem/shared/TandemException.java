package app.tandem.shared;

import java.util.List;

/**
 * An expected business failure: reported to the client with its classification and, for
 * bad input, the fields at fault. Thrown before anything is written, or rolls the
 * transaction back.
 */
public final class TandemException extends RuntimeException {

	private final TandemErrorType type;

	private final List<FieldError> fieldErrors;

	private final ErrorCode code;

	private TandemException(TandemErrorType type, String message, List<FieldError> fieldErrors) {
		this(type, message, fieldErrors, ErrorCode.of(type));
	}

	private TandemException(TandemErrorType type, String message, List<FieldError> fieldErrors, ErrorCode code) {
		super(message, null, false, false);
		this.type = type;
		this.fieldErrors = List.copyOf(fieldErrors);
		this.code = code;
	}

	/**
	 * The same failure with a code of its own rather than its classification's general
	 * one.
	 */
	public TandemException withCode(ErrorCode code) {
		return new TandemException(this.type, java.util.Objects.requireNonNull(getMessage()), this.fieldErrors, code);
	}

	public static TandemException badInput(String field, String message) {
		return new TandemException(TandemErrorType.BAD_REQUEST, message, List.of(new FieldError(field, message)));
	}

	public static TandemException badInput(List<FieldError> errors) {
		return new TandemException(TandemErrorType.BAD_REQUEST, errors.get(0).message(), errors);
	}

	public static TandemException notFound(String field, String message) {
		return new TandemException(TandemErrorType.NOT_FOUND, message,
				field == null ? List.of() : List.of(new FieldError(field, message)));
	}

	public static TandemException forbidden(String message) {
		return new TandemException(TandemErrorType.FORBIDDEN, message, List.of());
	}

	public static TandemException forbidden(String field, String message) {
		return new TandemException(TandemErrorType.FORBIDDEN, message, List.of(new FieldError(field, message)));
	}

	public static TandemException unauthorized(String message) {
		return new TandemException(TandemErrorType.UNAUTHORIZED, message, List.of());
	}

	public static TandemException conflict(String field, String message) {
		return new TandemException(TandemErrorType.CONFLICT, message,
				field == null ? List.of() : List.of(new FieldError(field, message)));
	}

	public TandemErrorType type() {
		return this.type;
	}

	public List<FieldError> fieldErrors() {
		return this.fieldErrors;
	}

	public ErrorCode code() {
		return this.code;
	}

}
