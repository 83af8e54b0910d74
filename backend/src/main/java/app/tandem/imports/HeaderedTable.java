package app.tandem.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A file's rows under its header row. The header is the first of the top rows that names every
 * column the preset requires, so a report title above it (Direct writes one) is skipped.
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
		for (int i = 0; i < Math.min(HEADER_SEARCH, rows.size()); i++) {
			Map<Column, Integer> positions = match(rows.get(i), columns);
			if (columns.stream().filter(Column::required).allMatch(positions::containsKey)) {
				return new HeaderedTable(rows.get(i), positions, rows.subList(i + 1, rows.size()));
			}
		}
		String expected = columns.stream().filter(Column::required).map(Column::name).collect(Collectors.joining(", "));
		throw ImportRefusal.badRequest("MISSING_COLUMNS",
				"No header row with the columns " + expected + " in the first " + HEADER_SEARCH
						+ " rows: is this the right source, and the export with its header row?");
	}

	private static Map<Column, Integer> match(List<String> header, List<Column> columns) {
		Map<String, Integer> byName = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			byName.putIfAbsent(Names.key(header.get(i)), i);
		}
		Map<Column, Integer> positions = new HashMap<>();
		for (Column column : columns) {
			column.names()
				.stream()
				.map((name) -> byName.get(Names.key(name)))
				.filter(java.util.Objects::nonNull)
				.findFirst()
				.ifPresent((position) -> positions.put(column, position));
		}
		return positions;
	}

	/**
	 * The columns the preset reads, in the file's order: the header as written and the preset's
	 * name for it (a Direct report's {@code Расход (руб.)} is read as {@code Cost}).
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
