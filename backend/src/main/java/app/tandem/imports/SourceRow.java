package app.tandem.imports;

import java.util.List;
import java.util.Map;

/**
 * One data row of a file: its number (1 = the first row under the header) and its cells,
 * read by {@link Column}. Problems name the column by its header as written in the file.
 */
final class SourceRow {

	private final int number;

	private final List<String> cells;

	private final Map<Column, Integer> positions;

	private final List<String> headers;

	SourceRow(int number, List<String> cells, Map<Column, Integer> positions, List<String> headers) {
		this.number = number;
		this.cells = cells;
		this.positions = positions;
		this.headers = headers;
	}

	int number() {
		return this.number;
	}

	boolean has(Column column) {
		return this.positions.containsKey(column);
	}

	/**
	 * The header of {@code column} as the file writes it, or the column's own name when
	 * the file lacks it.
	 */
	String header(Column column) {
		Integer position = this.positions.get(column);
		return position == null ? column.name() : this.headers.get(position).trim();
	}

	/** The trimmed text of the cell; null when the column is absent or the cell empty. */
	String text(Column column) {
		Integer position = this.positions.get(column);
		if (position == null || position >= this.cells.size()) {
			return null;
		}
		String text = this.cells.get(position);
		text = text == null ? null : text.replace('\u00A0', ' ').trim();
		return text == null || text.isEmpty() ? null : text;
	}

	String required(Column column) {
		String text = text(column);
		if (text == null) {
			throw new RowProblem(header(column), header(column) + " is empty");
		}
		return text;
	}

}
