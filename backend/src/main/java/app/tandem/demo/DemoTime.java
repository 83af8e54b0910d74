package app.tandem.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import app.tandem.shared.CompanyCalendar;

/**
 * One fixed "now" for the whole seeding, so that no record lands in the future even when
 * the seeding runs across midnight.
 */
record DemoTime(ZoneId zone, Instant now, LocalDate today, LocalDate firstDay) {

	static final int MONTHS = 6;

	static DemoTime of(CompanyCalendar calendar) {
		Instant now = calendar.now();
		LocalDate today = LocalDate.ofInstant(now, calendar.zone());
		LocalDate firstDay = YearMonth.from(today).minusMonths(MONTHS - 1L).atDay(1);
		return new DemoTime(calendar.zone(), now, today, firstDay);
	}

	YearMonth month(int index) {
		return YearMonth.from(this.firstDay).plusMonths(index);
	}

	int monthIndex(LocalDate day) {
		return (int) YearMonth.from(this.firstDay).until(YearMonth.from(day), ChronoUnit.MONTHS);
	}

	Instant at(LocalDate day, LocalTime time) {
		return day.atTime(time).atZone(this.zone).toInstant();
	}

	/** A bookkeeping moment on {@code day}, but never later than now. */
	LocalDateTime recorded(LocalDate day, int hour) {
		Instant moment = at(day, LocalTime.of(hour, 0));
		return CompanyCalendar.toUtc(moment.isAfter(this.now) ? this.now : moment);
	}

	boolean happened(Instant moment) {
		return !moment.isAfter(this.now);
	}

	boolean happened(LocalDate day) {
		return !day.isAfter(this.today);
	}

}
