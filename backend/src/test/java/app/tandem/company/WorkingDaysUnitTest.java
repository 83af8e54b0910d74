package app.tandem.company;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Counting the days that count for pace, without a database. */
class WorkingDaysUnitTest {

	private static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 1);

	private static final LocalDate DECEMBER = LocalDate.of(2026, 12, 1);

	/** 4 November (Unity Day) off, Saturday 28 November worked. */
	private static final Map<LocalDate, String> EXCEPTIONS = Map.of(LocalDate.of(2026, 11, 4), WorkingDays.NON_WORKING,
			LocalDate.of(2026, 11, 28), WorkingDays.WORKING);

	private static PeriodDays working(LocalDate today) {
		return WorkingDays.count(NOVEMBER, DECEMBER, today, (day) -> WorkingDays.isWorking(day, EXCEPTIONS));
	}

	@Test
	void calendarDaysCountEveryDay() {
		PeriodDays days = WorkingDays.count(NOVEMBER, DECEMBER, LocalDate.of(2026, 11, 15), (day) -> true);
		assertThat(days).isEqualTo(new PeriodDays(30, 15, 16, PeriodDays.Phase.CURRENT));
		assertThat(days.fraction()).isEqualByComparingTo("0.5");
	}

	@Test
	void workingDaysSkipWeekendsAndHolidaysAndCountAWorkedSaturday() {
		// 21 weekdays − 4 November + Saturday 28 November = 21.
		PeriodDays sunday = working(LocalDate.of(2026, 11, 15));
		assertThat(sunday).isEqualTo(new PeriodDays(21, 9, 12, PeriodDays.Phase.CURRENT));
		PeriodDays monday = working(LocalDate.of(2026, 11, 16));
		assertThat(monday).isEqualTo(new PeriodDays(21, 10, 12, PeriodDays.Phase.CURRENT));
		// On the holiday itself: 2 working days before it, it does not count, 19 left.
		assertThat(working(LocalDate.of(2026, 11, 4))).isEqualTo(new PeriodDays(21, 2, 19, PeriodDays.Phase.CURRENT));
	}

	@Test
	void theFifthOfAFifthIsTheEdgeOfEarly() {
		// 20 working days without the worked Saturday: 5 November is the 3rd (0.15), 6
		// November the 4th (0.2).
		Map<LocalDate, String> holiday = Map.of(LocalDate.of(2026, 11, 4), WorkingDays.NON_WORKING);
		PeriodDays fifth = WorkingDays.count(NOVEMBER, DECEMBER, LocalDate.of(2026, 11, 5),
				(day) -> WorkingDays.isWorking(day, holiday));
		PeriodDays sixth = WorkingDays.count(NOVEMBER, DECEMBER, LocalDate.of(2026, 11, 6),
				(day) -> WorkingDays.isWorking(day, holiday));
		assertThat(fifth.fraction()).isEqualByComparingTo("0.15");
		assertThat(fifth.early()).isTrue();
		assertThat(sixth.fraction()).isEqualByComparingTo("0.2");
		assertThat(sixth.early()).isFalse();
	}

	@Test
	void pastAndFuturePeriods() {
		assertThat(working(LocalDate.of(2026, 12, 1))).isEqualTo(new PeriodDays(21, 21, 0, PeriodDays.Phase.PAST));
		assertThat(working(LocalDate.of(2026, 12, 1)).fraction()).isEqualByComparingTo("1");
		assertThat(working(LocalDate.of(2026, 10, 31))).isEqualTo(new PeriodDays(21, 0, 21, PeriodDays.Phase.FUTURE));
		assertThat(working(LocalDate.of(2026, 10, 31)).early()).isTrue();
	}

}
