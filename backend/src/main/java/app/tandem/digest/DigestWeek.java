package app.tandem.digest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * The week a digest covers: the last whole Monday–Sunday before {@code today}, and the
 * month so far (the month of today, as the app shows it now). Sent on Monday the 16th it
 * covers the 9th–15th.
 */
public record DigestWeek(LocalDate firstDay, LocalDate lastDay, YearMonth period) {

	static DigestWeek before(LocalDate today) {
		LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
		return new DigestWeek(monday, monday.plusDays(6), YearMonth.from(today));
	}

	LocalDate dayAfter() {
		return this.lastDay.plusDays(1);
	}

}
