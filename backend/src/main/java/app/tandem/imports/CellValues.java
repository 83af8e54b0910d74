package app.tandem.imports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Pattern;

import app.tandem.shared.InputCheck;

/**
 * Reads the numbers and dates CRMs, ad cabinets and Russian Excel write: {@code 1 234,56}
 * (also with a no-break space), {@code 1234.56}, {@code 1,234.56}; {@code dd.MM.yyyy},
 * {@code dd.MM.yyyy HH:mm[:ss]}, ISO dates and date-times, Excel serial dates. Times
 * without an offset are the company's wall-clock time.
 */
final class CellValues {

	private static final Pattern CURRENCY = Pattern.compile("(?iu)\\s*(₽|руб\\.?|р\\.|rub|rur)\\s*$");

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F\\u2009']");

	private static final Pattern THOUSANDS_COMMAS = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");

	private static final Pattern THOUSANDS_DOTS = Pattern.compile("\\d{1,3}(\\.\\d{3}){2,}(,\\d+)?");

	private static final List<DateTimeFormatter> DATE_TIMES = List.of(pattern("d.M.uuuu H:mm:ss"),
			pattern("d.M.uuuu H:mm"), pattern("uuuu-MM-dd HH:mm:ss"), pattern("uuuu-MM-dd HH:mm"),
			DateTimeFormatter.ISO_LOCAL_DATE_TIME);

	private static final List<DateTimeFormatter> DATES = List.of(pattern("d.M.uuuu"), DateTimeFormatter.ISO_LOCAL_DATE);

	/**
	 * Excel's day 0 (the 1900 date system, with its phantom 29 February 1900 before day
	 * 61).
	 */
	private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

	private CellValues() {
	}

	private static DateTimeFormatter pattern(String pattern) {
		return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
	}

	/**
	 * Money in the company currency: at least 0, at most 2 decimal places, within
	 * Tandem's bound.
	 */
	static BigDecimal money(String text, String column) {
		BigDecimal value = number(text, column);
		if (value.signum() < 0) {
			throw new RowProblem(column, column + " must not be negative");
		}
		if (value.stripTrailingZeros().scale() > 2) {
			throw new RowProblem(column, column + " has more than 2 decimal places: " + text);
		}
		if (value.compareTo(InputCheck.MAX_MONEY) > 0) {
			throw new RowProblem(column, column + " is more than " + InputCheck.MAX_MONEY.toPlainString());
		}
		return value.setScale(2, RoundingMode.UNNECESSARY);
	}

	static BigDecimal number(String text, String column) {
		String plain = SPACES.matcher(CURRENCY.matcher(text.trim()).replaceAll("")).replaceAll("");
		if (plain.startsWith("−")) {
			plain = "-" + plain.substring(1);
		}
		boolean comma = plain.indexOf(',') >= 0;
		boolean dot = plain.indexOf('.') >= 0;
		String digits = plain.startsWith("-") ? plain.substring(1) : plain;
		if (comma && dot) {
			// The last separator is the decimal one: 1,234.56 or 1.234,56.
			boolean commaDecimal = plain.lastIndexOf(',') > plain.lastIndexOf('.');
			plain = commaDecimal ? plain.replace(".", "").replace(',', '.') : plain.replace(",", "");
		}
		else if (comma) {
			plain = THOUSANDS_COMMAS.matcher(digits).matches() && !digits.matches("\\d{1,3},\\d{3}")
					? plain.replace(",", "") : plain.replace(',', '.');
		}
		else if (dot && THOUSANDS_DOTS.matcher(digits).matches()) {
			plain = plain.replace(".", "");
		}
		try {
			return new BigDecimal(plain);
		}
		catch (NumberFormatException ex) {
			throw new RowProblem(column, column + " is not a number: " + text);
		}
	}

	/**
	 * A moment: a date-time in the company zone, with an offset, or a day (its midnight).
	 */
	static java.time.Instant moment(String text, String column, ZoneId zone) {
		String value = text.trim();
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			// not with an offset
		}
		LocalDateTime local = localDateTime(value);
		if (local == null) {
			throw new RowProblem(column, column + " is not a date and time (dd.MM.yyyy HH:mm:ss or ISO): " + text);
		}
		return local.atZone(zone).toInstant();
	}

	/**
	 * A calendar day; a date-time gives its day (as the company's wall clock says it).
	 */
	static LocalDate day(String text, String column, ZoneId zone) {
		String value = text.trim();
		try {
			return OffsetDateTime.parse(value).atZoneSameInstant(zone).toLocalDate();
		}
		catch (DateTimeParseException ex) {
			// not with an offset
		}
		LocalDateTime local = localDateTime(value);
		if (local == null) {
			throw new RowProblem(column, column + " is not a date (dd.MM.yyyy or yyyy-MM-dd): " + text);
		}
		return local.toLocalDate();
	}

	private static LocalDateTime localDateTime(String value) {
		for (DateTimeFormatter format : DATE_TIMES) {
			try {
				return LocalDateTime.parse(value, format);
			}
			catch (DateTimeParseException ex) {
				// next format
			}
		}
		for (DateTimeFormatter format : DATES) {
			try {
				return LocalDate.parse(value, format).atStartOfDay();
			}
			catch (DateTimeParseException ex) {
				// next format
			}
		}
		return excelSerial(value);
	}

	/**
	 * An .xlsx date cell: days since Excel's epoch, the fraction being the time of day.
	 */
	private static LocalDateTime excelSerial(String value) {
		if (!value.matches("\\d{5}(\\.\\d+)?")) {
			return null;
		}
		BigDecimal serial = new BigDecimal(value);
		if (serial.compareTo(BigDecimal.valueOf(20_000)) < 0 || serial.compareTo(BigDecimal.valueOf(110_000)) > 0) {
			return null;
		}
		long days = serial.longValue();
		long seconds = serial.subtract(BigDecimal.valueOf(days))
			.multiply(BigDecimal.valueOf(86_400))
			.setScale(0, RoundingMode.HALF_UP)
			.longValue();
		return EXCEL_EPOCH.plusDays(days).atStartOfDay().plusSeconds(Math.min(seconds, 86_399));
	}

}
