package app.tandem.records;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.tandem.records.RecordChange.Action;
import app.tandem.records.RecordChange.FieldChange;
import app.tandem.shared.CompanyCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Every change of a record, written in the same transaction as the change itself (so a
 * rolled-back write leaves no history either), and read back oldest first.
 */
@Component
class RecordHistory {

	private final JdbcClient jdbc;

	private final CompanyCalendar calendar;

	private final ChangedFigures figures;

	RecordHistory(JdbcClient jdbc, CompanyCalendar calendar, ChangedFigures figures) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.figures = figures;
	}

	FieldChanges changes() {
		return new FieldChanges(this.calendar.zone());
	}

	void created(RecordKind kind, long id, long by, FieldChanges fields) {
		write(kind, id, Action.CREATED, by, null, fields.list());
	}

	/** Nothing is kept when nothing changed. */
	void updated(RecordKind kind, long id, long by, FieldChanges fields) {
		if (!fields.isEmpty()) {
			write(kind, id, Action.UPDATED, by, null, fields.list());
		}
	}

	/** A change made for a stated reason (an owner's ruling on a dispute). */
	void updated(RecordKind kind, long id, long by, String reason, FieldChanges fields) {
		if (!fields.isEmpty()) {
			write(kind, id, Action.UPDATED, by, reason, fields.list());
		}
	}

	void voided(RecordKind kind, long id, long by, String reason) {
		write(kind, id, Action.VOIDED, by, reason, List.of());
	}

	List<RecordChange> of(RecordKind kind, long id) {
		Map<Long, RecordChange> changes = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT id, action, changed_by, changed_at, reason FROM record_change
				WHERE record_kind = :kind AND record_id = :id ORDER BY id""")
			.param("kind", kind.name())
			.param("id", id)
			.query((rs, n) -> changes.put(rs.getLong("id"),
					new RecordChange(CompanyCalendar.fromUtc(rs.getTimestamp("changed_at").toLocalDateTime()),
							rs.getObject("changed_by", Long.class), Action.valueOf(rs.getString("action")),
							rs.getString("reason"), new ArrayList<>())))
			.list();
		if (changes.isEmpty()) {
			return List.of();
		}
		this.jdbc.sql("""
				SELECT change_id, field, from_value, to_value FROM record_change_field
				WHERE change_id IN (:ids) ORDER BY change_id, field_order""")
			.param("ids", changes.keySet())
			.query((rs, n) -> changes.get(rs.getLong("change_id"))
				.changes()
				.add(new FieldChange(rs.getString("field"), rs.getString("from_value"), rs.getString("to_value"))))
			.list();
		return List.copyOf(changes.values());
	}

	private void write(RecordKind kind, long id, Action action, long by, String reason, List<FieldChange> fields) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO record_change (record_kind, record_id, action, changed_by, changed_at, reason)
				VALUES (:kind, :id, :action, :by, :at, :reason)""")
			.param("kind", kind.name())
			.param("id", id)
			.param("action", action.name())
			.param("by", by)
			.param("at", Timestamp.valueOf(CompanyCalendar.toUtc(this.calendar.now())))
			.param("reason", reason)
			.update(key, "id");
		long changeId = key.getKey().longValue();
		this.figures.written(kind, id, by, changeId, fields);
		int order = 0;
		for (FieldChange field : fields) {
			this.jdbc.sql("""
					INSERT INTO record_change_field (change_id, field_order, field, from_value, to_value)
					VALUES (:change, :order, :field, :from, :to)""")
				.param("change", changeId)
				.param("order", order++)
				.param("field", field.field())
				.param("from", field.from())
				.param("to", field.to())
				.update();
		}
	}

}
