package app.tandem.imports;

import java.util.List;

/** What importing one row did: created, updated or left unchanged records, and which. */
record RowOutcome(Result result, List<ImportItem> items) {

	enum Result {

		CREATED, UPDATED, UNCHANGED

	}

	static RowOutcome unchanged() {
		return new RowOutcome(Result.UNCHANGED, List.of());
	}

}
