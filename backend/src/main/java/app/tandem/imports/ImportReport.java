package app.tandem.imports;

import java.util.List;

/**
 * The answer to an import (SPEC §8): counts of data rows and every row error. {@code batchId}
 * is null for a dry run and when nothing was written.
 */
public record ImportReport(String batchId, boolean dryRun, String source, int rows, int created, int updated,
		int unchanged, int failed, List<RowError> errors) {

	/** A bad row: its number (1 = first data row), the column's header as written in the file, and why. */
	public record RowError(int row, String column, String message) {
	}

}
