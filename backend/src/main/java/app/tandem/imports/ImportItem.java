package app.tandem.imports;

import java.util.Map;

import app.tandem.records.RecordKind;

/**
 * What an import did to one record, kept so the batch can be reverted: CREATED it, or
 * UPDATED it from {@code previous} (field → value as it was). {@code naturalKey}
 * identifies a spend row across imports; {@code versionAfter} is filled in when the
 * import has finished.
 */
record ImportItem(int row, RecordKind kind, long recordId, Action action, Map<String, String> previous,
		String naturalKey, Long versionAfter) {

	enum Action {

		CREATED, UPDATED

	}

	static ImportItem created(RecordKind kind, long id) {
		return new ImportItem(0, kind, id, Action.CREATED, Map.of(), null, null);
	}

	static ImportItem updated(RecordKind kind, long id, Map<String, String> previous) {
		return new ImportItem(0, kind, id, Action.UPDATED, previous, null, null);
	}

	ImportItem withKey(String key) {
		return new ImportItem(this.row, this.kind, this.recordId, this.action, this.previous, key, this.versionAfter);
	}

	ImportItem atRow(int row) {
		return new ImportItem(row, this.kind, this.recordId, this.action, this.previous, this.naturalKey,
				this.versionAfter);
	}

	ImportItem withVersion(Long version) {
		return new ImportItem(this.row, this.kind, this.recordId, this.action, this.previous, this.naturalKey, version);
	}

}
