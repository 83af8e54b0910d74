package app.tandem.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;

/**
 * "Today", months and instants as the company sees them: its time zone and the injectable
 * clock.
 */
@Component
public class CompanyCalendar {

	private final Clock clock;

	private final ZoneId zone;

	public CompanyCalendar(Clock clock, CompanySettings company) {
		this.clock = clock;
		this.zone = company.timeZone();
	}

	public ZoneId zone() {
		return this.zone;
	}

	public Instant now() {
		return this.clock.instant();
	}

	public LocalDate today() {
		return LocalDate.ofInstant(now(), this.zone);
	}

	public YearMonth currentPeriod() {
		return YearMonth.from(today());
	}

	public PeriodRange range(YearMonth period) {
		return PeriodRange.of(period, this.zone);
	}

	public OffsetDateTime toOffsetDateTime(Instant instant) {
		return instant.atZone(this.zone).toOffsetDateTime();
	}

	/**
	 * Instants are kept in the database as UTC wall-clock values, free of any driver
	 * time-zone shift.
	 */
	public static LocalDateTime toUtc(Instant instant) {
		return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
	}

	public static Instant fromUtc(LocalDateTime utc) {
		return utc.toInstant(ZoneOffset.UTC);
	}

}
