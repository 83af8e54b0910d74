package app.tandem.shared;

/**
 * CSV formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts
 * with {@code = + - @} (or a tab or carriage return before one) as a formula, so text
 * Tandem writes into a CSV, such as a client name typed by anyone, is prefixed with an
 * apostrophe, which spreadsheets show as plain text. Numbers Tandem writes itself (a
 * negative margin) stay numbers.
 */
public final class SafeCsv {

	private SafeCsv() {
	}

	public static String cell(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		char first = value.charAt(0);
		boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
				|| first == '\r';
		if (formula && !value.matches("-?\\d+(\\.\\d+)?")) {
			return "'" + value;
		}
		return value;
	}

}
