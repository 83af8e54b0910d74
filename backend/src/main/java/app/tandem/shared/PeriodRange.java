package app.tandem.shared;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A calendar month in the company time zone, as the half-open ranges the database is
 * queried with: calendar days for spend and deals, UTC instants for leads.
 */
public record PeriodRange(YearMonth period, LocalDate firstDay, LocalDate dayAfter, LocalDateTime fromUtc,
		LocalDateTime toUtc) {

	public static PeriodRange of(YearMonth period, ZoneId zone) {
		return between(period.atDay(1), period.plusMonths(1).atDay(1), period, zone);
	}

	/** Several whole months, from {@code first} to {@code last} inclusive. */
	public static PeriodRange ofMonths(YearMonth first, YearMonth last, ZoneId zone) {
		return between(first.atDay(1), last.plusMonths(1).atDay(1), first, zone);
	}

	/**
	 * Whole days, from {@code first} up to (not including) {@code dayAfter}: a week, say.
	 */
	public static PeriodRange ofDays(LocalDate first, LocalDate dayAfter, ZoneId zone) {
		return between(first, dayAfter, YearMonth.from(first), zone);
	}

	private static PeriodRange between(LocalDate from, LocalDate to, YearMonth period, ZoneId zone) {
		return new PeriodRange(period, from, to, utc(from, zone), utc(to, zone));
	}

	/**
	 * The UTC wall-clock moment {@code day} begins in {@code zone}, as lead instants are
	 * stored.
	 */
	public static LocalDateTime utcStartOf(LocalDate day, ZoneId zone) {
		return utc(day, zone);
	}

	private static LocalDateTime utc(LocalDate day, ZoneId zone) {
		return day.atStartOfDay(zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
	}

	public int days() {
		return (int) (dayAfter.toEpochDay() - firstDay.toEpochDay());
	}

}
