package app.tandem.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OWASP "CSV Injection": text a spreadsheet would run as a formula is written as text.
 */
class SafeCsvTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '~',
			value = { "=HYPERLINK(\"http://x\")|'=HYPERLINK(\"http://x\")", "+7 495|'+7 495", "-cmd|'-cmd",
					"@SUM(A1)|'@SUM(A1)", "Volga Logistics|Volga Logistics", "-1500.50|-1500.50", "42|42" })
	void cells(String value, String written) {
		assertThat(SafeCsv.cell(value)).isEqualTo(written);
	}

	@org.junit.jupiter.api.Test
	void tabsAndCarriageReturnsFirst() {
		assertThat(SafeCsv.cell("\t=1+1")).isEqualTo("'\t=1+1");
		assertThat(SafeCsv.cell("\r=1+1")).isEqualTo("'\r=1+1");
		assertThat(SafeCsv.cell("")).isEmpty();
		assertThat(SafeCsv.cell(null)).isNull();
	}

}
