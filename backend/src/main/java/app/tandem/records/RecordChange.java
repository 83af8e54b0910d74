package app.tandem.records;

import java.time.Instant;
import java.util.List;

/**
 * One change of a record: CREATED, UPDATED or VOIDED, by whom (null if unknown), when,
 * why and which fields.
 */
record RecordChange(Instant at, Long byId, Action action, String reason, List<FieldChange> changes) {

	enum Action {

		CREATED, UPDATED, VOIDED

	}

	/** One field: its value before and after, as text. */
	record FieldChange(String field, String from, String to) {
	}

}
