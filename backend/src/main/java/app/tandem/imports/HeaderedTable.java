package app.tandem.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A file's rows under its header row. The header is the first of the top rows that names
 * every column the preset requires, so a report title above it (Direct writes one) is
 * skipped.
 */
final class HeaderedTable {

	private static final int HEADER_SEARCH = 10;

	private final List<String> headers;

	private final Map<Column, Integer> positions;

	private final List<List<String>> data;

	private HeaderedTable(List<String> headers, Map<Column, Integer> positions, List<List<String>> data) {
		this.headers = headers;
		this.positions = positions;
		this.data = data;
	}

	static HeaderedTable locate(List<List<String>> rows, List<Column> columns) {
		return locate(rows, columns, Map.of());
	}

	/**
	 * With the source's saved mapping (docs/imports.md): a column is found by its saved
	 * header first, then by its built-in names; a header saved for one column is not read
	 * as another's. Without such a row the refusal (MISSING_COLUMNS) lists the headers of
	 * the likeliest header row and the required columns it lacks, so that the owner can
	 * map them.
	 */
	static HeaderedTable locate(List<List<String>> rows, List<Column> columns, Map<Column, String> saved) {
		int best = -1;
		int bestScore = -1;
		for (int i = 0; i < Math.min(HEADER_SEARCH, rows.size()); i++) {
			Map<Column, Integer> positions = match(rows.get(i), columns, saved);
			if (columns.stream().filter(Column::required).allMatch(positions::containsKey)) {
				return new HeaderedTable(rows.get(i), positions, rows.subList(i + 1, rows.size()));
			}
			// the likeliest header: most columns matched, then most filled cells
			int filled = (int) rows.get(i).stream().filter((cell) -> cell != null && !cell.isBlank()).count();
			int score = positions.size() * 10_000 + Math.min(filled, 9_999);
			if (score > bestScore) {
				best = i;
				bestScore = score;
			}
		}
		String expected = columns.stream().filter(Column::required).map(Column::name).collect(Collectors.joining(", "));
		List<String> headers = best < 0 ? List.of() : headersOf(rows.get(best));
		Map<Column, Integer> found = best < 0 ? Map.of() : match(rows.get(best), columns, saved);
		List<String> missing = columns.stream()
			.filter((c) -> c.required() && !found.containsKey(c))
			.map(Column::name)
			.toList();
		throw new ImportRefusal(org.springframework.http.HttpStatus.BAD_REQUEST, "MISSING_COLUMNS",
				"No header row with the columns " + expected + " in the first " + HEADER_SEARCH
						+ " rows: is this the right source, and the export with its header row? "
						+ "If the file names a column differently, map it (importMapping)",
				Map.of("headers", headers, "missing", missing));
	}

	/** The non-blank cells of a header row, trimmed, each once, in the file's order. */
	static List<String> headersOf(List<String> row) {
		return row.stream()
			.filter((cell) -> cell != null && !cell.isBlank())
			.map((cell) -> cell.replace('\u00A0', ' ').strip())
			.distinct()
			.toList();
	}

	private static Map<Column, Integer> match(List<String> header, List<Column> columns, Map<Column, String> saved) {
		Map<String, Integer> byName = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			byName.putIfAbsent(Names.key(header.get(i)), i);
		}
		Map<Column, Integer> positions = new HashMap<>();
		java.util.Set<Integer> taken = new java.util.HashSet<>();
		for (Column column : columns) {
			Integer position = saved.containsKey(column) ? byName.get(Names.key(saved.get(column))) : null;
			if (position != null) {
				positions.put(column, position);
				taken.add(position);
			}
		}
		for (Column column : columns) {
			if (positions.containsKey(column)) {
				continue;
			}
			column.names()
				.stream()
				.map((name) -> byName.get(Names.key(name)))
				.filter((position) -> position != null && !taken.contains(position))
				.findFirst()
				.ifPresent((position) -> positions.put(column, position));
		}
		return positions;
	}

	/** The header row as written: its non-blank cells. */
	List<String> headers() {
		return headersOf(this.headers);
	}

	/**
	 * The columns the preset reads, in the file's order: the header as written and the
	 * preset's name for it (a Direct report's {@code Расход (руб.)} is read as
	 * {@code Cost}).
	 */
	List<ImportReport.MatchedColumn> matchedColumns() {
		return this.positions.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByValue())
			.map((e) -> new ImportReport.MatchedColumn(this.headers.get(e.getValue()), e.getKey().name()))
			.toList();
	}

	int size() {
		return this.data.size();
	}

	List<SourceRow> rows() {
		List<SourceRow> rows = new ArrayList<>(this.data.size());
		for (int i = 0; i < this.data.size(); i++) {
			rows.add(new SourceRow(i + 1, this.data.get(i), this.positions, this.headers));
		}
		return rows;
	}

}
