package app.tandem.imports;

import java.time.Instant;
import java.util.List;

/**
 * A source's column mapping (issue 10 item 2, docs/imports.md): for every field of its
 * preset, the header names Tandem knows by itself and the header this company saved for
 * it, if any; and who changed the mapping last, when. {@code field} is the preset's first
 * name for the column, as in an import's {@code columns}.
 */
public record ImportMapping(String source, List<MappingColumn> columns, Instant changedAt, Long changedById) {

	/**
	 * One field of the preset: whether a file must have it, its built-in header names,
	 * the saved header.
	 */
	public record MappingColumn(String field, boolean required, List<String> builtInHeaders, String header) {
	}

	/**
	 * One line of setImportMapping's input: a blank or absent header clears the field's
	 * saved header.
	 */
	public record ColumnInput(String field, String header) {
	}

	public record SetImportMappingInput(String source, List<ColumnInput> columns) {
	}

}
