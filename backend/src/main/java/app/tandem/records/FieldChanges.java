package app.tandem.records;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import app.tandem.records.RecordChange.FieldChange;

/**
 * Collects the fields a write changes, as the text the history shows: ids and counts as
 * numbers, money with its 2 places, days ISO, instants ISO with the company's offset,
 * enums by name. A value that compares equal (1000 and 1000.00) is no change.
 */
final class FieldChanges {

	private static final int MAX_TEXT = 200;

	private final ZoneId zone;

	private final List<FieldChange> changes = new ArrayList<>();

	FieldChanges(ZoneId zone) {
		this.zone = zone;
	}

	/**
	 * Records {@code field} when {@code from} and {@code to} differ; returns {@code to}.
	 */
	<T> T set(String field, T from, T to) {
		if (!same(from, to)) {
			this.changes.add(new FieldChange(field, text(from), text(to)));
		}
		return to;
	}

	List<FieldChange> list() {
		return List.copyOf(this.changes);
	}

	boolean isEmpty() {
		return this.changes.isEmpty();
	}

	private static boolean same(Object a, Object b) {
		if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
			return x.compareTo(y) == 0;
		}
		return Objects.equals(a, b);
	}

	private String text(Object value) {
		String text;
		if (value == null) {
			text = null;
		}
		else if (value instanceof BigDecimal d) {
			text = d.toPlainString();
		}
		else if (value instanceof Instant i) {
			text = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(i.atZone(this.zone).toOffsetDateTime());
		}
		else if (value instanceof Enum<?> e) {
			text = e.name();
		}
		else {
			text = value.toString();
		}
		return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
	}

}
