package app.tandem.imports;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import app.tandem.shared.SafeCsv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Tandem's own import templates (docs/imports.md), served as CSV: the header row every
 * preset reads, and one example row. Names are the demo company's; replace the rows with
 * yours.
 */
final class ImportTemplates {

	private static final Map<String, List<List<String>>> TEMPLATES = Map.of("tandem-leads", List.of(
			List.of("externalId", "createdAt", "channel", "marketer", "assignee", "status", "lostReason", "client",
					"closedOn", "revenue", "cost"),
			List.of("crm-1001", "05.11.2026 10:15", "Yandex Direct", "", "Ivan Sokolov", "WON", "", "Volga Logistics",
					"12.11.2026", "150000.00", "90000.00"),
			List.of("crm-1002", "06.11.2026 11:00", "SMM", "", "Sergey Volkov", "LOST", "NOT_TARGET", "", "", "", "")),
			"tandem-deals",
			List.of(List.of("externalId", "client", "salesperson", "closedOn", "revenue", "cost", "leadExternalId"),
					List.of("invoice-2001", "Ural Metal Trade", "Maria Kuznetsova", "10.11.2026", "80000.00",
							"50000.00", "")),
			"tandem-spend", List.of(List.of("day", "channel", "amount", "marketer"),
					List.of("03.11.2026", "Yandex Direct", "12500.00", "")));

	private ImportTemplates() {
	}

	/**
	 * The template's CSV (UTF-8 with a BOM, so Excel reads it right), or null for a
	 * source without one.
	 */
	static byte[] csv(String source) {
		List<List<String>> rows = TEMPLATES.get(source);
		if (rows == null) {
			return null;
		}
		StringWriter text = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT)) {
			for (List<String> row : rows) {
				printer.printRecord(row.stream().map(SafeCsv::cell).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ("\uFEFF" + text).getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	static java.util.Set<String> sources() {
		return TEMPLATES.keySet();
	}

}
