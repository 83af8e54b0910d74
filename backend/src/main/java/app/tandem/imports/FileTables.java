package app.tandem.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads an uploaded file into rows of cell texts: .xlsx (its first sheet, streamed) or
 * CSV with {@code ,} {@code ;} or tab, in the encoding {@link TextEncoding} finds. Blank
 * lines are left out. Anything else (a legacy .xls, a PDF, an image) is refused as not a
 * table.
 */
final class FileTables {

	private static final char[] DELIMITERS = { ';', '\t', ',' };

	private FileTables() {
	}

	/**
	 * A file's non-blank rows and how they were read: {@code format} {@code CSV} or
	 * {@code XLSX}; for a CSV its {@code encoding} (a charset name) and
	 * {@code delimiter}, null for a workbook.
	 */
	record Table(List<List<String>> rows, String format, String encoding, String delimiter) {
	}

	/**
	 * At most {@code maxLines} non-blank rows are read; one more means the file is over
	 * the limit.
	 */
	static Table read(byte[] bytes, int maxLines) {
		if (bytes.length == 0) {
			throw ImportRefusal.badFile("The file is empty");
		}
		byte[] head = java.util.Arrays.copyOf(bytes, Math.min(bytes.length, 8));
		if (ReadableWorkbook.isOOXMLZipHeader(head)) {
			return new Table(xlsx(bytes, maxLines), "XLSX", null, null);
		}
		if (ReadableWorkbook.isOLE2Header(head)) {
			throw ImportRefusal.badFile("This is an old Excel .xls file: save it as .xlsx or CSV and upload that");
		}
		TextEncoding.Decoded decoded = TextEncoding.read(bytes);
		String text = decoded.text();
		if (looksBinary(text)) {
			throw ImportRefusal
				.badFile("The file is not a table: upload a CSV (, ; or tab separated) or an .xlsx file");
		}
		char delimiter = delimiter(text);
		return new Table(csv(text, delimiter, maxLines), "CSV", decoded.encoding(), String.valueOf(delimiter));
	}

	private static boolean looksBinary(String text) {
		int sample = Math.min(text.length(), 64 * 1024);
		int control = 0;
		for (int i = 0; i < sample; i++) {
			char c = text.charAt(i);
			if (c == 0 || c == '\uFFFD' || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
				control++;
			}
		}
		return control > 0 && control * 100 >= sample || text.indexOf('\0') >= 0;
	}

	private static List<List<String>> csv(String text, char delimiter, int maxLines) {
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
		List<List<String>> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			for (CSVRecord record : parser) {
				List<String> cells = record.toList();
				if (blank(cells)) {
					continue;
				}
				rows.add(cells);
				if (rows.size() > maxLines) {
					break;
				}
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw ImportRefusal.badFile("The file is not a readable CSV table: " + reason(ex));
		}
		if (rows.isEmpty()) {
			throw ImportRefusal.badFile("The file has no rows");
		}
		return rows;
	}

	/**
	 * The delimiter that splits the first lines into the same number of cells most often
	 * (a title line or a decimal comma in {@code 1 234,56} must not decide it); ties go
	 * to ; then tab then ,.
	 */
	static char delimiter(String text) {
		String head = text.length() > 32 * 1024 ? text.substring(0, 32 * 1024) : text;
		char best = ',';
		int bestScore = -1;
		for (char candidate : DELIMITERS) {
			Map<Integer, Integer> sizes = new HashMap<>();
			try (CSVParser parser = CSVParser.parse(new StringReader(head),
					CSVFormat.DEFAULT.builder().setDelimiter(candidate).setIgnoreEmptyLines(true).get())) {
				int seen = 0;
				for (CSVRecord record : parser) {
					if (++seen > 20) {
						break;
					}
					sizes.merge(record.size(), 1, Integer::sum);
				}
			}
			catch (IOException | UncheckedIOException | IllegalStateException ex) {
				continue;
			}
			int score = sizes.entrySet()
				.stream()
				.filter((e) -> e.getKey() > 1)
				.mapToInt((e) -> e.getValue() * 1000 + e.getKey())
				.max()
				.orElse(0);
			if (score > bestScore) {
				best = candidate;
				bestScore = score;
			}
		}
		return best;
	}

	private static List<List<String>> xlsx(byte[] bytes, int maxLines) {
		List<List<String>> rows = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes));
				Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
			for (Row row : (Iterable<Row>) sheet::iterator) {
				List<String> cells = new ArrayList<>(Collections.nCopies(row.getCellCount(), ""));
				for (int i = 0; i < row.getCellCount(); i++) {
					cells.set(i, text(row.getCell(i)));
				}
				if (blank(cells)) {
					continue;
				}
				rows.add(cells);
				if (rows.size() > maxLines) {
					break;
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			throw ImportRefusal.badFile("The .xlsx file cannot be read: " + reason(ex));
		}
		if (rows.isEmpty()) {
			throw ImportRefusal.badFile("The first sheet of the .xlsx file has no rows");
		}
		return rows;
	}

	/**
	 * Numbers as plain decimals (dates stay Excel serial numbers; {@link CellValues}
	 * reads them).
	 */
	private static String text(Cell cell) {
		if (cell == null || cell.getType() == CellType.EMPTY) {
			return "";
		}
		if (cell.getType() == CellType.NUMBER && cell.getValue() instanceof BigDecimal number) {
			return number.stripTrailingZeros().toPlainString();
		}
		String text = cell.getText();
		return text == null ? "" : text;
	}

	private static boolean blank(List<String> cells) {
		return cells.stream().allMatch((c) -> c == null || c.isBlank());
	}

	private static String reason(Exception ex) {
		String message = ex.getMessage();
		if (message == null) {
			return "its structure is broken";
		}
		// The parser's own words, without any Java class names.
		message = message.replaceAll("([a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(Exception|Error)?:?\\s*", "").trim();
		if (message.isEmpty()) {
			return "its structure is broken";
		}
		return message.length() > 200 ? message.substring(0, 200) : message;
	}

}
