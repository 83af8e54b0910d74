package app.tandem.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DigestScheduleUnitTest {

	@Test
	void mondayNineInAZoneFarAheadOfUtcIsSundayEveningInUtc() {
		DigestSchedule schedule = new DigestSchedule(ZoneId.of("Pacific/Auckland"));
		// Sunday 2026-11-15 09:00Z is Sunday 22:00 in Auckland (NZDT, +13): the next
		// Monday 09:00 there is 20:00Z the same day.
		ZonedDateTime next = schedule.next(Instant.parse("2026-11-15T09:00:00Z"));
		assertThat(next.toInstant()).isEqualTo(Instant.parse("2026-11-15T20:00:00Z"));
		assertThat(next.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
		assertThat(next.getHour()).isEqualTo(9);
	}

	@Test
	void mondayNineInAZoneBehindUtcAndAcrossItsClockChange() {
		DigestSchedule schedule = new DigestSchedule(ZoneId.of("America/Los_Angeles"));
		// Daylight saving ends there on Sunday 2026-11-01: Monday 2 November 09:00 PST is
		// 17:00Z (the week before, PDT: 16:00Z).
		assertThat(schedule.next(Instant.parse("2026-10-26T00:00:00Z")).toInstant())
			.isEqualTo(Instant.parse("2026-10-26T16:00:00Z"));
		assertThat(schedule.next(Instant.parse("2026-10-26T16:00:00Z")).toInstant())
			.isEqualTo(Instant.parse("2026-11-02T17:00:00Z"));
	}

	@Test
	void moscowMondayNineIsSixUtcAndTheTriggerUsesTheCompanyZone() {
		DigestSchedule schedule = new DigestSchedule(ZoneId.of("Europe/Moscow"));
		assertThat(schedule.next(Instant.parse("2026-11-15T09:00:00Z")).toInstant())
			.isEqualTo(Instant.parse("2026-11-16T06:00:00Z"));
		assertThat(schedule.trigger().getExpression()).isEqualTo("0 0 9 * * MON");
		// What the scheduler itself is given: the trigger, asked on Sunday, answers
		// Monday 09:00 Moscow.
		var context = new org.springframework.scheduling.support.SimpleTriggerContext(
				java.time.Clock.fixed(Instant.parse("2026-11-15T09:00:00Z"), java.time.ZoneOffset.UTC));
		assertThat(schedule.trigger().nextExecution(context)).isEqualTo(Instant.parse("2026-11-16T06:00:00Z"));
	}

	@Test
	void theDigestCoversTheWholeWeekBeforeAndTheMonthOfToday() {
		DigestWeek monday = DigestWeek.before(LocalDate.of(2026, 11, 16));
		assertThat(monday.firstDay()).isEqualTo(LocalDate.of(2026, 11, 9));
		assertThat(monday.lastDay()).isEqualTo(LocalDate.of(2026, 11, 15));
		assertThat(monday.period()).hasToString("2026-11");
		// A preview on a Wednesday shows what Monday's e-mail covered; on the 1st, the
		// new month so far.
		assertThat(DigestWeek.before(LocalDate.of(2026, 11, 18)).firstDay()).isEqualTo(LocalDate.of(2026, 11, 9));
		DigestWeek first = DigestWeek.before(LocalDate.of(2026, 6, 1));
		assertThat(first.firstDay()).isEqualTo(LocalDate.of(2026, 5, 25));
		assertThat(first.period()).hasToString("2026-06");
	}

}
