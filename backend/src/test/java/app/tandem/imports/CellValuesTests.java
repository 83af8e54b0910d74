package app.tandem.imports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The number and date spellings of Russian offices, CRMs and ad cabinets. */
class CellValuesTests {

	static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '~',
			value = { "1 234,56|1234.56", "1\u00A0234,56|1234.56", "1234.56|1234.56", "1,234.56|1234.56",
					"1.234.567,89|1234567.89", "12,5|12.50", "150 000 ₽|150000.00", "2 000 руб.|2000.00", "0|0.00",
					"1,234,567|1234567.00" })
	void money(String text, String amount) {
		assertThat(CellValues.money(text, "Бюджет")).isEqualByComparingTo(new BigDecimal(amount));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '~', value = { "1,234", "12.345", "-5", "abc", "100000000000.01" })
	void badMoneyNamesItsColumn(String text) {
		assertThatThrownBy(() -> CellValues.money(text, "Бюджет")).isInstanceOf(RowProblem.class)
			.satisfies((ex) -> assertThat(((RowProblem) ex).column()).isEqualTo("Бюджет"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '~',
			value = { "01.11.2026 00:30:00|2026-10-31T21:30:00Z", "1.11.2026 0:30|2026-10-31T21:30:00Z",
					"2026-11-01T00:30:00|2026-10-31T21:30:00Z", "2026-11-01 00:30|2026-10-31T21:30:00Z",
					"2026-11-01T00:30:00+03:00|2026-10-31T21:30:00Z", "01.11.2026|2026-10-31T21:00:00Z",
					"46327.0208333333|2026-10-31T21:30:00Z" })
	void momentsAreTheCompanysWallClock(String text, String instant) {
		assertThat(CellValues.moment(text, "Дата создания", MOSCOW)).isEqualTo(Instant.parse(instant));
	}

	@Test
	void daysAndImpossibleDates() {
		assertThat(CellValues.day("10.11.2026", "Дата закрытия", MOSCOW)).isEqualTo(LocalDate.of(2026, 11, 10));
		assertThat(CellValues.day("2026-11-10T23:30:00Z", "Дата закрытия", MOSCOW))
			.isEqualTo(LocalDate.of(2026, 11, 11));
		assertThatThrownBy(() -> CellValues.day("31.02.2026", "Дата закрытия", MOSCOW)).isInstanceOf(RowProblem.class)
			.hasMessageContaining("Дата закрытия");
	}

}
