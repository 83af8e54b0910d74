package app.tandem.imports;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import app.tandem.imports.ImportBatch.Counts;
import app.tandem.imports.ImportReport.RowError;
import app.tandem.people.EmployeeDirectory;
import app.tandem.people.Position;
import app.tandem.people.Viewer;
import app.tandem.people.Viewers;
import app.tandem.records.Channel;
import app.tandem.records.ChannelService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * File imports (SPEC §8, docs/imports.md). Owners import any source; a marketer imports
 * Yandex Direct spend for channels they own. The whole file is one transaction: without
 * skipInvalidRows one bad row leaves everything as it was; with it, a pass that meets bad
 * rows is rolled back and run again without them, so what is written never depends on a
 * half-done row. A dry run is the same passes, rolled back at the end.
 */
@Service
public class ImportService {

	/** Passes before giving up: each one leaves out at least one more bad row. */
	private static final int MAX_PASSES = 10;

	private static final int MAX_ERRORS = 1000;

	private final Viewers viewers;

	private final ChannelService channels;

	private final EmployeeDirectory people;

	private final ImportPass pass;

	private final ImportSettings settings;

	private final TransactionTemplate transactions;

	private final ImportMappings mappings;

	ImportService(Viewers viewers, ChannelService channels, EmployeeDirectory people, ImportPass pass,
			ImportSettings settings, PlatformTransactionManager transactionManager, ImportMappings mappings) {
		this.mappings = mappings;
		this.viewers = viewers;
		this.channels = channels;
		this.people = people;
		this.pass = pass;
		this.settings = settings;
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setTimeout((int) Math.min(Integer.MAX_VALUE, settings.timeout().toSeconds()));
	}

	ImportReport run(ImportRequest request) {
		Viewer viewer = this.viewers.current();
		Preset preset = Presets.get(request.source());
		if (!viewer.isOwner() && !(viewer.is(Position.MARKETER) && Presets.YANDEX_DIRECT.equals(preset.source()))) {
			throw ImportRefusal.forbidden(
					"Only an owner imports files; a marketer imports Yandex Direct spend " + "for their own channels");
		}
		if (request.costShare() != null
				&& (request.costShare().signum() < 0 || request.costShare().compareTo(BigDecimal.ONE) > 0)) {
			throw ImportRefusal.badRequest("BAD_COST_SHARE", "costShare must be between 0 and 1, e.g. 0.6");
		}
		long maxBytes = this.settings.maxBytes().toBytes();
		if (request.content().length > maxBytes) {
			throw ImportRefusal.tooLarge(
					"The file is larger than the limit of " + maxBytes + " bytes (tandem.import.max-bytes); split it");
		}
		int maxRows = this.settings.maxRows();
		FileTables.Table file = FileTables.read(request.content(), maxRows + 10);
		List<List<String>> cells = file.rows();
		HeaderedTable table = HeaderedTable.locate(cells, preset.columns(), this.mappings.saved(preset));
		List<SourceRow> rows = table.rows().stream().filter((row) -> !preset.isSummary(row)).toList();
		if (rows.size() > maxRows || cells.size() > maxRows + 10) {
			throw ImportRefusal.tooLarge(
					"The file has more than the limit of " + maxRows + " data rows (tandem.import.max-rows); split it");
		}
		if (rows.isEmpty()) {
			throw ImportRefusal.badFile("The file has a header row but no data rows");
		}
		if (!viewer.isOwner()) {
			requireOwnChannels(viewer, preset, rows);
		}
		return passes(viewer, preset, rows, request, sha256(request.content())).readAs(file.format(), file.encoding(),
				file.delimiter(), table.matchedColumns(), table.headers());
	}

	private ImportReport passes(Viewer viewer, Preset preset, List<SourceRow> rows, ImportRequest request,
			String sha256) {
		Set<Integer> leftOut = new TreeSet<>();
		List<RowError> errors = new ArrayList<>();
		for (int passes = 1;; passes++) {
			ImportPass.Result result = this.transactions.execute((status) -> {
				ImportPass.Result r = this.pass.run(viewer, preset, rows, leftOut, request.costShare(),
						request.fileName(), sha256);
				if (request.dryRun() || !r.errors().isEmpty()) {
					status.setRollbackOnly();
				}
				return r;
			});
			errors.addAll(result.errors());
			result.errors().forEach((error) -> leftOut.add(error.row()));
			if (result.errors().isEmpty()) {
				Counts counts = result.counts();
				return report(request, preset, request.dryRun() ? null : result.batchId(), counts, errors);
			}
			if (!request.skipInvalidRows() || passes == MAX_PASSES) {
				return report(request, preset, null, new Counts(rows.size(), 0, 0, 0, leftOut.size()), errors);
			}
		}
	}

	private static ImportReport report(ImportRequest request, Preset preset, Long batchId, Counts counts,
			List<RowError> errors) {
		List<RowError> sorted = errors.stream()
			.sorted(Comparator.comparingInt(RowError::row))
			.limit(MAX_ERRORS)
			.toList();
		return new ImportReport(batchId == null ? null : batchId.toString(), request.dryRun(), preset.source(),
				counts.rows(), counts.created(), counts.updated(), counts.unchanged(), counts.failed(), sorted, null,
				null, null, List.of(), List.of());
	}

	/**
	 * A marketer's Direct report: every campaign that names a channel must name one of
	 * theirs, or nothing is read.
	 */
	private void requireOwnChannels(Viewer viewer, Preset preset, List<SourceRow> rows) {
		Directory directory = new Directory(this.people.all(), this.channels.all(), List.of());
		Column campaign = preset.columns().get(1);
		for (SourceRow row : rows) {
			String name = row.text(campaign);
			if (name == null) {
				continue;
			}
			Channel channel;
			try {
				channel = directory.channel(name, row.header(campaign));
			}
			catch (RowProblem unknown) {
				continue;
			}
			if (!viewer.isSelf(channel.getMarketerId())) {
				throw ImportRefusal.forbidden("Row " + row.number() + ": campaign \"" + name + "\" is channel \""
						+ channel.getName() + "\", which is not yours; only an owner imports spend for it");
			}
		}
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
