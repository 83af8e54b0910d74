package app.tandem.records;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import app.tandem.shared.InputCheck;

/**
 * Records describe what happened: not in the future, and not before Tandem's calendar
 * starts.
 */
final class RecordDates {

	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	/**
	 * Phones' clocks run a little ahead; a lead "from the future" by less than this is
	 * now.
	 */
	private static final long CLOCK_SKEW_MINUTES = 5;

	private RecordDates() {
	}

	static void notFuture(InputCheck check, LocalDate day, LocalDate today, String field) {
		if (day != null) {
			check.when(day.isAfter(today), field, field + " must not be in the future (today is " + today + ")")
				.when(day.isBefore(EARLIEST), field, field + " must not be before " + EARLIEST);
		}
	}

	static void notFuture(InputCheck check, Instant instant, Instant now, String field) {
		if (instant != null) {
			check
				.when(instant.isAfter(now.plus(CLOCK_SKEW_MINUTES, ChronoUnit.MINUTES)), field,
						field + " must not be in the future")
				.when(instant.isBefore(EARLIEST.atStartOfDay().toInstant(java.time.ZoneOffset.UTC)), field,
						field + " must not be before " + EARLIEST);
		}
	}

}
