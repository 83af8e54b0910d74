package app.tandem.imports;

import java.util.List;

/**
 * The answer to an import (SPEC §8): counts of data rows and every row error.
 * {@code batchId} is null for a dry run and when nothing was written. How the file was
 * read comes with it, so a wrong guess shows before anything is written: {@code format}
 * ({@code CSV} or {@code XLSX}), for a CSV the {@code encoding} (a charset name such as
 * {@code UTF-8} or {@code windows-1251}) and the {@code delimiter}, the {@code columns}
 * the preset matched in the header row, and every {@code headers} cell of that row (for
 * the column mapping).
 */
public record ImportReport(String batchId, boolean dryRun, String source, int rows, int created, int updated,
		int unchanged, int failed, List<RowError> errors, String format, String encoding, String delimiter,
		List<MatchedColumn> columns, List<String> headers) {

	ImportReport readAs(String format, String encoding, String delimiter, List<MatchedColumn> columns,
			List<String> headers) {
		return new ImportReport(this.batchId, this.dryRun, this.source, this.rows, this.created, this.updated,
				this.unchanged, this.failed, this.errors, format, encoding, delimiter, columns, headers);
	}

	/**
	 * A bad row: its number (1 = first data row), the column's header as written in the
	 * file, and why.
	 */
	public record RowError(int row, String column, String message) {
	}

	/**
	 * A column of the file the preset reads: its header as written, and the preset's name
	 * for it.
	 */
	public record MatchedColumn(String header, String field) {
	}

}
