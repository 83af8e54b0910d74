package app.tandem.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

import app.tandem.imports.ImportItem.Action;
import app.tandem.records.RecordKind;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The items of import batches: written in bulk with the batch, read back to revert it or
 * to find a spend row's record.
 */
@Component
class ImportBatchStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	ImportBatchStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	void saveItems(long batchId, List<ImportItem> items) {
		this.template.batchUpdate("""
				INSERT INTO import_item (batch_id, file_row, record_kind, record_id, action, version_after,
				  previous_state, natural_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", items, 1000, (ps, item) -> {
			ps.setLong(1, batchId);
			ps.setInt(2, item.row());
			ps.setString(3, item.kind().name());
			ps.setLong(4, item.recordId());
			ps.setString(5, item.action().name());
			ps.setObject(6, item.versionAfter());
			ps.setString(7, item.previous().isEmpty() ? null : encode(item.previous()));
			ps.setString(8, item.naturalKey());
		});
	}

	/**
	 * The spend record the latest import of this key wrote (it may have been voided
	 * since).
	 */
	Optional<Long> spendFor(String key) {
		return this.jdbc.sql("""
				SELECT record_id FROM import_item WHERE natural_key = :key AND record_kind = 'SPEND'
				ORDER BY id DESC LIMIT 1""").param("key", key).query(Long.class).optional();
	}

	/**
	 * Other batches that left this record at {@code before} see it at {@code after} now:
	 * a revert put back what they left, under a new version.
	 */
	void rebaseline(RecordKind kind, long recordId, long before, long after, long revertedBatch) {
		this.jdbc.sql("""
				UPDATE import_item SET version_after = :after WHERE record_kind = :kind AND record_id = :id
				AND version_after = :before AND batch_id <> :batch""")
			.param("after", after)
			.param("kind", kind.name())
			.param("id", recordId)
			.param("before", before)
			.param("batch", revertedBatch)
			.update();
	}

	/** The batch's items, in the order they were written. */
	List<ImportItem> items(long batchId) {
		return this.jdbc.sql("""
				SELECT file_row, record_kind, record_id, action, version_after, previous_state, natural_key
				FROM import_item WHERE batch_id = :batch ORDER BY id""")
			.param("batch", batchId)
			.query((rs, n) -> new ImportItem(rs.getInt("file_row"), RecordKind.valueOf(rs.getString("record_kind")),
					rs.getLong("record_id"), Action.valueOf(rs.getString("action")),
					decode(rs.getString("previous_state")), rs.getString("natural_key"),
					rs.getObject("version_after", Long.class)))
			.list();
	}

	private static String encode(Map<String, String> state) {
		Properties properties = new Properties();
		properties.putAll(state);
		StringWriter text = new StringWriter();
		try {
			properties.store(text, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// Without the date comment Properties writes first.
		return text.toString().lines().filter((line) -> !line.startsWith("#")).reduce("", (a, b) -> a + b + "\n");
	}

	private static Map<String, String> decode(String text) {
		if (text == null) {
			return Map.of();
		}
		Properties properties = new Properties();
		try {
			properties.load(new StringReader(text));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, String> state = new TreeMap<>();
		properties.forEach((k, v) -> state.put((String) k, (String) v));
		return state;
	}

}
