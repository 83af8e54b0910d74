package app.tandem.imports;

/**
 * A row that cannot be imported, and the column (its header as written in the file) at
 * fault.
 */
class RowProblem extends RuntimeException {

	private final String column;

	RowProblem(String column, String message) {
		super(message, null, false, false);
		this.column = column;
	}

	String column() {
		return this.column;
	}

}
