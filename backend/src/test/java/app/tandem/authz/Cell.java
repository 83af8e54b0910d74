package app.tandem.authz;

/**
 * One cell: an operation (optionally a variant of it), a caller, and what must happen.
 */
record Cell(String operation, Who who, Outcome outcome, String field) {

	@Override
	public String toString() {
		return this.operation + " × " + this.who + " → " + this.outcome
				+ (this.field == null ? "" : " (field " + this.field + ")");
	}

}
