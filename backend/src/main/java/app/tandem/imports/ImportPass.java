package app.tandem.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import app.tandem.imports.ImportBatch.Counts;
import app.tandem.imports.ImportReport.RowError;
import app.tandem.imports.PlannedRow.SpendRow;
import app.tandem.people.EmployeeDirectory;
import app.tandem.people.Viewer;
import app.tandem.records.ChannelService;
import app.tandem.records.ClientService;
import app.tandem.records.DealService;
import app.tandem.records.LeadService;
import app.tandem.records.RecordKind;
import app.tandem.records.SpendService;
import app.tandem.shared.CompanyCalendar;
import app.tandem.shared.TandemException;
import jakarta.persistence.EntityManager;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * One pass over a file's rows inside one transaction: each row planned by its preset and
 * written by {@link RowWriter}; then, when every row went through, the batch and its
 * items. The caller decides whether the pass is kept: a dry run, or a pass with a bad
 * row, is rolled back, so a dry run runs exactly the code an import runs.
 */
@Component
class ImportPass {

	/** Rows between flushes: Hibernate's dirty checking must not grow with the file. */
	private static final int CHUNK = 200;

	private final RowWriter writer;

	private final EmployeeDirectory people;

	private final ChannelService channels;

	private final ClientService clients;

	private final LeadService leads;

	private final DealService deals;

	private final SpendService spends;

	private final ImportBatchRepository batches;

	private final ImportBatchStore store;

	private final CompanyCalendar calendar;

	private final EntityManager entityManager;

	private final ImportSettings settings;

	ImportPass(RowWriter writer, EmployeeDirectory people, ChannelService channels, ClientService clients,
			LeadService leads, DealService deals, SpendService spends, ImportBatchRepository batches,
			ImportBatchStore store, CompanyCalendar calendar, EntityManager entityManager, ImportSettings settings) {
		this.writer = writer;
		this.people = people;
		this.channels = channels;
		this.clients = clients;
		this.leads = leads;
		this.deals = deals;
		this.spends = spends;
		this.batches = batches;
		this.store = store;
		this.calendar = calendar;
		this.entityManager = entityManager;
		this.settings = settings;
	}

	/**
	 * What a pass did; {@code batchId} is set when it wrote its batch (no row failed).
	 */
	record Result(Counts counts, List<RowError> errors, Long batchId) {
	}

	Result run(Viewer viewer, Preset preset, List<SourceRow> rows, Set<Integer> leftOut, BigDecimal costShare,
			String fileName, String sha256) {
		Directory directory = directory(viewer);
		Preset.Context context = new Preset.Context(directory, this.calendar.zone(), costShare,
				this.settings.notTargetReasons().stream().map(Names::key).collect(Collectors.toSet()));
		Map<String, Integer> keys = new HashMap<>();
		List<ImportItem> items = new ArrayList<>();
		List<RowError> errors = new ArrayList<>();
		int created = 0;
		int updated = 0;
		int unchanged = 0;
		int done = 0;
		for (SourceRow row : rows) {
			if (leftOut.contains(row.number())) {
				continue;
			}
			PlannedRow plan = null;
			try {
				plan = preset.plan(row, context);
				if (plan instanceof SpendRow spend) {
					Integer earlier = keys.putIfAbsent(spend.key(), row.number());
					if (earlier != null) {
						String column = spend.columns().get("channelId");
						throw new RowProblem(column, "Row " + earlier + " has the same " + spend.columns().get("day")
								+ " and " + column + " already");
					}
				}
				RowOutcome outcome = this.writer.write(plan, directory);
				switch (outcome.result()) {
					case CREATED -> created++;
					case UPDATED -> updated++;
					case UNCHANGED -> unchanged++;
				}
				int number = row.number();
				outcome.items().forEach((item) -> items.add(item.atRow(number)));
			}
			catch (RowProblem problem) {
				errors.add(new RowError(row.number(), problem.column(), problem.getMessage()));
			}
			catch (TandemException refused) {
				errors.add(refusal(row, plan, refused));
			}
			catch (DataAccessException ex) {
				// The session may be unusable now: stop here; the caller rolls the pass
				// back.
				errors.add(new RowError(row.number(), firstColumn(plan, row),
						"The row conflicts with a record written at the same time; import the file again"));
				break;
			}
			if (++done % CHUNK == 0) {
				this.entityManager.flush();
				this.entityManager.clear();
			}
		}
		Counts counts = new Counts(rows.size(), created, updated, unchanged, leftOut.size() + errors.size());
		if (!errors.isEmpty()) {
			return new Result(counts, errors, null);
		}
		this.entityManager.flush();
		ImportBatch batch = this.batches
			.saveAndFlush(new ImportBatch(preset.source(), fileName, sha256, viewer.id(), this.calendar.now(), counts));
		this.store.saveItems(batch.getId(), withVersions(items));
		return new Result(counts, errors, batch.getId());
	}

	private Directory directory(Viewer viewer) {
		// Client lists are not shared between salespeople: only an owner's import (leads,
		// deals) looks at them.
		return new Directory(this.people.all(), this.channels.all(),
				viewer.isOwner() ? this.clients.everyClient() : List.of());
	}

	/**
	 * A rule of the records module refused the row: named at the column its field came
	 * from.
	 */
	private static RowError refusal(SourceRow row, PlannedRow plan, TandemException refused) {
		String field = refused.fieldErrors().isEmpty() ? null : refused.fieldErrors().get(0).field();
		String column = plan == null || field == null ? null : plan.columns().get(field);
		if (column == null) {
			column = firstColumn(plan, row);
		}
		return new RowError(row.number(), column, column + ": " + refused.getMessage());
	}

	private static String firstColumn(PlannedRow plan, SourceRow row) {
		if (plan == null) {
			return null;
		}
		String column = plan.columns().get("externalId");
		return column != null ? column : plan.columns().get("channelId");
	}

	/**
	 * Each item with its record's version now: a revert refuses records changed after
	 * this.
	 */
	private List<ImportItem> withVersions(List<ImportItem> items) {
		Map<RecordKind, List<Long>> ids = items.stream()
			.collect(Collectors.groupingBy(ImportItem::kind,
					Collectors.mapping(ImportItem::recordId, Collectors.toList())));
		Map<RecordKind, Map<Long, Long>> versions = new HashMap<>();
		ids.forEach((kind, list) -> versions.put(kind, versions(kind, list)));
		return items.stream().map((item) -> item.withVersion(versions.get(item.kind()).get(item.recordId()))).toList();
	}

	Map<Long, Long> versions(RecordKind kind, Collection<Long> ids) {
		Map<Long, Long> versions = new HashMap<>();
		List<Long> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
		for (int from = 0; from < all.size(); from += 1000) {
			List<Long> chunk = all.subList(from, Math.min(all.size(), from + 1000));
			switch (kind) {
				case LEAD -> this.leads.byIds(chunk).forEach((r) -> versions.put(r.getId(), r.getVersion()));
				case DEAL -> this.deals.byIds(chunk).forEach((r) -> versions.put(r.getId(), r.getVersion()));
				case SPEND -> this.spends.byIds(chunk).forEach((r) -> versions.put(r.getId(), r.getVersion()));
				case CLIENT -> this.clients.byIds(chunk).forEach((r) -> versions.put(r.getId(), r.getVersion()));
				default -> {
				}
			}
		}
		return versions;
	}

}
