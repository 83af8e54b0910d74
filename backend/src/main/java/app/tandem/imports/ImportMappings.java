package app.tandem.imports;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import app.tandem.imports.ImportMapping.ColumnInput;
import app.tandem.imports.ImportMapping.MappingColumn;
import app.tandem.people.Position;
import app.tandem.people.Viewer;
import app.tandem.people.Viewers;
import app.tandem.shared.CompanyCalendar;
import app.tandem.shared.TandemException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saved column mappings, one per import source (issue 10 item 2, docs/imports.md): which
 * header in this company's files means which field of the preset. An import matches a
 * field by its saved header first, then by the preset's built-in names. Owners read and
 * set every source's mapping; a marketer reads and sets the {@code yandex-direct} one
 * only (the source they import); everyone else is refused. Every change is kept with who
 * and when ({@code import_mapping_change}).
 */
@Service
public class ImportMappings {

	static final int MAX_HEADER = 200;

	private final JdbcClient jdbc;

	private final Viewers viewers;

	private final CompanyCalendar calendar;

	ImportMappings(JdbcClient jdbc, Viewers viewers, CompanyCalendar calendar) {
		this.jdbc = jdbc;
		this.viewers = viewers;
		this.calendar = calendar;
	}

	@Transactional(readOnly = true)
	public ImportMapping mapping(String source) {
		return load(allowed(source));
	}

	@Transactional
	public ImportMapping set(ImportMapping.SetImportMappingInput input) {
		Preset preset = allowed(input == null ? null : input.source());
		Viewer viewer = this.viewers.current();
		List<ColumnInput> lines = input.columns() == null ? List.of() : input.columns();
		Map<String, Column> fields = preset.columns()
			.stream()
			.collect(Collectors.toMap(Column::name, (c) -> c, (a, b) -> a, LinkedHashMap::new));
		Map<String, String> saved = savedByField(preset.source());
		Map<String, String> after = new LinkedHashMap<>(saved);
		Map<String, Integer> lineOf = new HashMap<>();
		for (int i = 0; i < lines.size(); i++) {
			ColumnInput line = lines.get(i);
			String at = "columns[" + i + "]";
			if (line == null || line.field() == null || !fields.containsKey(line.field())) {
				throw TandemException.badInput(at + ".field",
						preset.source() + " has no field \"" + (line == null ? null : line.field())
								+ "\"; its fields are " + String.join(", ", fields.keySet()));
			}
			if (lineOf.putIfAbsent(line.field(), i) != null) {
				throw TandemException.badInput(at + ".field", line.field() + " is in the list twice");
			}
			String header = line.header() == null ? "" : line.header().replace('\u00A0', ' ').strip();
			if (header.length() > MAX_HEADER) {
				throw TandemException.badInput(at + ".header", "A header is at most " + MAX_HEADER + " characters");
			}
			if (header.chars().anyMatch(Character::isISOControl)) {
				throw TandemException.badInput(at + ".header", "A header is one line of text");
			}
			if (header.isEmpty()) {
				after.remove(line.field());
			}
			else {
				after.put(line.field(), header);
			}
		}
		Map<String, String> byKey = new HashMap<>();
		for (Map.Entry<String, String> entry : after.entrySet()) {
			String other = byKey.putIfAbsent(Names.key(entry.getValue()), entry.getKey());
			if (other != null) {
				String field = lineOf.containsKey(entry.getKey()) ? entry.getKey() : other;
				String otherField = field.equals(entry.getKey()) ? other : entry.getKey();
				throw TandemException.badInput("columns[" + lineOf.get(field) + "].header", "\"" + entry.getValue()
						+ "\" is already the header of " + otherField + ": one header means one field");
			}
		}
		LocalDateTime now = CompanyCalendar.toUtc(this.calendar.now());
		for (String field : lineOf.keySet().stream().sorted().toList()) {
			String before = saved.get(field);
			String header = after.get(field);
			if (java.util.Objects.equals(before, header)) {
				continue;
			}
			this.jdbc.sql("DELETE FROM import_mapping WHERE source = :source AND field_name = :field")
				.param("source", preset.source())
				.param("field", field)
				.update();
			if (header != null) {
				this.jdbc.sql("""
						INSERT INTO import_mapping (source, field_name, header_name, changed_by, changed_at)
						VALUES (:source, :field, :header, :by, :at)""")
					.param("source", preset.source())
					.param("field", field)
					.param("header", header)
					.param("by", viewer.id())
					.param("at", now)
					.update();
			}
			this.jdbc.sql("""
					INSERT INTO import_mapping_change (source, field_name, header_name, changed_by, changed_at)
					VALUES (:source, :field, :header, :by, :at)""")
				.param("source", preset.source())
				.param("field", field)
				.param("header", header)
				.param("by", viewer.id())
				.param("at", now)
				.update();
		}
		return load(preset);
	}

	/**
	 * The preset's columns with a saved header, for matching a file's header row (no
	 * permission check: the import has its own).
	 */
	Map<Column, String> saved(Preset preset) {
		Map<String, String> saved = savedByField(preset.source());
		Map<Column, String> byColumn = new HashMap<>();
		for (Column column : preset.columns()) {
			String header = saved.get(column.name());
			if (header != null) {
				byColumn.put(column, header);
			}
		}
		return byColumn;
	}

	private Preset allowed(String source) {
		Viewer viewer = this.viewers.current();
		boolean marketer = viewer.is(Position.MARKETER) && !viewer.isOwner();
		if (!viewer.isOwner() && !marketer) {
			throw TandemException.forbidden("Only an owner (and a marketer, for yandex-direct) keeps import mappings");
		}
		Preset preset;
		try {
			preset = Presets.get(source);
		}
		catch (ImportRefusal unknown) {
			throw TandemException.badInput("source", unknown.getMessage());
		}
		if (marketer && !Presets.YANDEX_DIRECT.equals(preset.source())) {
			throw TandemException.forbidden("source",
					"A marketer keeps the yandex-direct mapping only; an owner keeps the others");
		}
		return preset;
	}

	private Map<String, String> savedByField(String source) {
		Map<String, String> saved = new LinkedHashMap<>();
		this.jdbc.sql("SELECT field_name, header_name FROM import_mapping WHERE source = :source ORDER BY field_name")
			.param("source", source)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.forEach((e) -> saved.put(e.getKey(), e.getValue()));
		return saved;
	}

	private ImportMapping load(Preset preset) {
		Map<String, String> saved = savedByField(preset.source());
		List<MappingColumn> columns = preset.columns()
			.stream()
			.map((c) -> new MappingColumn(c.name(), c.required(), c.names(), saved.get(c.name())))
			.toList();
		Optional<Map.Entry<LocalDateTime, Long>> last = this.jdbc.sql("""
				SELECT changed_at, changed_by FROM import_mapping_change WHERE source = :source
				ORDER BY id DESC LIMIT 1""")
			.param("source", preset.source())
			.query((rs, n) -> Map.entry(rs.getObject(1, LocalDateTime.class), rs.getLong(2)))
			.optional();
		Instant at = last.map((e) -> CompanyCalendar.fromUtc(e.getKey())).orElse(null);
		return new ImportMapping(preset.source(), columns, at, last.map(Map.Entry::getValue).orElse(null));
	}

}
