package app.tandem.security.graphql;

import app.tandem.shared.ErrorCode;

/**
 * Why a document is refused, and at which argument if one is to blame. Thrown inside
 * {@link QueryMeasure}.
 */
final class QueryRefusal extends RuntimeException {

	private final ErrorCode code;

	private final String field;

	QueryRefusal(ErrorCode code, String message, String field) {
		super(message, null, false, false);
		this.code = code;
		this.field = field;
	}

	ErrorCode code() {
		return this.code;
	}

	String field() {
		return this.field;
	}

}
