package app.tandem.imports;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import app.tandem.people.Viewer;
import app.tandem.people.Viewers;
import app.tandem.records.RecordKind;
import app.tandem.shared.CompanyCalendar;
import app.tandem.shared.Ids;
import app.tandem.shared.Pages;
import app.tandem.shared.TandemException;

import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner's list of applied imports, newest first, and taking one back (revertImport):
 * what it created is voided (kept in history), what it updated is put back as it was, and
 * nothing happens at all when any of those records changed after the import (CONFLICT).
 */
@Service
public class ImportBatches {

	private final ImportBatchRepository batches;

	private final ImportBatchStore store;

	private final ImportPass pass;

	private final ImportUndo undo;

	private final Viewers viewers;

	private final Pages pages;

	private final CompanyCalendar calendar;

	ImportBatches(ImportBatchRepository batches, ImportBatchStore store, ImportPass pass, ImportUndo undo,
			Viewers viewers, Pages pages, CompanyCalendar calendar) {
		this.batches = batches;
		this.store = store;
		this.pass = pass;
		this.undo = undo;
		this.viewers = viewers;
		this.pages = pages;
		this.calendar = calendar;
	}

	@Transactional(readOnly = true)
	public Window<ImportBatch> batches(Integer first, String after) {
		this.viewers.requireOwner();
		Pages.Page page = this.pages.of(first, after);
		return this.batches.findBy((root, query, cb) -> cb.conjunction(),
				(q) -> q.sortBy(Sort.by(Sort.Direction.DESC, "id")).limit(page.size()).scroll(page.position()));
	}

	@Transactional(readOnly = true)
	public long count() {
		this.viewers.requireOwner();
		return this.batches.count();
	}

	@Transactional
	public ImportBatch revert(String id) {
		Viewer owner = this.viewers.requireOwner();
		ImportBatch batch = this.batches.findById(Ids.parse(id, "id"))
			.orElseThrow(() -> TandemException.notFound("id", "No import with id " + id));
		if (batch.isReverted()) {
			throw TandemException.badInput("id", "This import was reverted already, at " + batch.getRevertedAt());
		}
		List<ImportItem> items = this.store.items(batch.getId());
		requireUnchangedSince(items);
		String reason = "Import " + batch.getId() + " (" + batch.getFileName() + ") reverted";
		for (int i = items.size() - 1; i >= 0; i--) {
			this.undo.undo(items.get(i), reason);
		}
		rebaselineEarlierBatches(batch.getId(), items);
		batch.reverted(owner.id(), this.calendar.now());
		return this.batches.saveAndFlush(batch);
	}

	/**
	 * A record this batch updated is back as an earlier import left it, under a new
	 * version: that import must still be revertible (reverting newest first is the normal
	 * way back).
	 */
	private void rebaselineEarlierBatches(long batchId, List<ImportItem> items) {
		Map<RecordKind, Map<Long, Long>> before = new java.util.EnumMap<>(RecordKind.class);
		for (ImportItem item : items) {
			String version = item.previous().get(RowWriter.VERSION);
			if (item.action() == ImportItem.Action.UPDATED && version != null) {
				before.computeIfAbsent(item.kind(), (k) -> new java.util.HashMap<>())
					.putIfAbsent(item.recordId(), Long.parseLong(version));
			}
		}
		before.forEach((kind, versions) -> this.pass.versions(kind, versions.keySet())
			.forEach((id, now) -> this.store.rebaseline(kind, id, versions.get(id), now, batchId)));
	}

	/**
	 * Every record the batch wrote is still as the batch left it (same version), or
	 * CONFLICT and nothing changes.
	 */
	private void requireUnchangedSince(List<ImportItem> items) {
		Map<RecordKind, List<ImportItem>> byKind = items.stream()
			.filter((item) -> item.kind() != RecordKind.CLIENT)
			.collect(Collectors.groupingBy(ImportItem::kind));
		byKind.forEach((kind, list) -> {
			Map<Long, Long> now = this.pass.versions(kind, list.stream().map(ImportItem::recordId).toList());
			for (ImportItem item : list) {
				Long version = now.get(item.recordId());
				if (version == null || !version.equals(item.versionAfter())) {
					throw TandemException.conflict("id",
							kind.name().charAt(0) + kind.name().substring(1).toLowerCase() + " " + item.recordId()
									+ " (file row " + item.row() + ") has changed since this import; "
									+ "correct it by hand, or undo that later change first");
				}
			}
		});
	}

}
