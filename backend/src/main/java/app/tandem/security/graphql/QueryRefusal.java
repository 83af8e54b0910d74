package app.tandem.security.graphql;

/** Why a document is refused, and at which argument if one is to blame. Thrown inside {@link QueryMeasure}. */
final class QueryRefusal extends RuntimeException {

	private final String field;

	QueryRefusal(String message, String field) {
		super(message, null, false, false);
		this.field = field;
	}

	String field() {
		return this.field;
	}

}
