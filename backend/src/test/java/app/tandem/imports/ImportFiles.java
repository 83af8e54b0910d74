package app.tandem.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Files written the way the real tools write them: BOMs, code pages, separators, Excel
 * workbooks.
 */
final class ImportFiles {

	static final String AMO_HEADER = "ID;Название сделки;Компания;Основной контакт;Ответственный;Статус сделки;Бюджет;"
			+ "Дата создания;Дата закрытия;Причина отказа;utm_source;Источник;Себестоимость";

	private ImportFiles() {
	}

	/**
	 * UTF-8 with a byte-order mark, as amoCRM's CSV export and Excel's "CSV UTF-8" write
	 * it.
	 */
	static byte[] utf8Bom(String... lines) {
		return ("\uFEFF" + String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
	}

	static byte[] utf8(String... lines) {
		return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	/** Excel's "Save as CSV" on Russian Windows: Windows-1251, no BOM. */
	static byte[] windows1251(String... lines) {
		return (String.join("\r\n", lines) + "\r\n").getBytes(Charset.forName("windows-1251"));
	}

	/**
	 * A workbook as Excel saves it: text, numbers and real date cells. Cells: String,
	 * Number or LocalDateTime.
	 */
	static byte[] xlsx(List<List<Object>> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Сделки");
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy hh:mm:ss"));
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				List<Object> cells = rows.get(r);
				for (int c = 0; c < cells.size(); c++) {
					Object value = cells.get(c);
					if (value instanceof Number number) {
						row.createCell(c).setCellValue(number.doubleValue());
					}
					else if (value instanceof LocalDateTime time) {
						org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
						cell.setCellValue(time);
						cell.setCellStyle(date);
					}
					else if (value != null) {
						row.createCell(c).setCellValue(value.toString());
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
