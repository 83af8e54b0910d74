package app.tandem.kpi;

import java.math.BigDecimal;

import app.tandem.company.PeriodDays;
import app.tandem.company.PeriodDays.Phase;
import app.tandem.goals.Metric;
import app.tandem.kpi.KpiViews.Kpi;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each status rule of SPEC §7 at its boundary, on the pace calculator alone (no Spring,
 * no database).
 */
class PaceUnitTest {

	/** A 30-day month with {@code elapsed} days begun. */
	private static Pace day(int elapsed) {
		return Pace.of(new PeriodDays(30, elapsed, 30 - elapsed + 1, Phase.CURRENT));
	}

	private static final Pace CLOSED = Pace.of(new PeriodDays(30, 30, 0, Phase.PAST));

	private static final Pace FUTURE = Pace.of(new PeriodDays(30, 0, 30, Phase.FUTURE));

	private static Kpi turnover(Pace pace, String actual, String target) {
		return pace.kpi(Metric.TURNOVER, new BigDecimal(actual), target == null ? null : new BigDecimal(target));
	}

	@Test
	void noPlanComesFirstThenNoData() {
		assertThat(turnover(day(1), "0.00", null).status()).hasToString("NO_PLAN");
		assertThat(CLOSED.kpi(Metric.COST_PER_LEAD, null, new BigDecimal("100")).status()).hasToString("NO_DATA");
	}

	@Test
	void tooEarlyJustBelowAFifthOfThePeriodAndAVerdictFromAFifthOn() {
		// 5 of 30 days: f = 0.1667 < 0.2, no verdict even far behind.
		assertThat(turnover(day(5), "0.00", "30000").status()).hasToString("EARLY");
		// 6 of 30 days: f = 0.2, the verdict counts: 1000 / 0.2 = 5000 of 30000 is
		// BEHIND.
		assertThat(turnover(day(6), "1000.00", "30000").status()).hasToString("BEHIND");
		assertThat(turnover(day(6), "6000.00", "30000").status()).hasToString("ON_TRACK");
		// 5400 / 0.2 = 27000 = 0.9 × 30000: AT_RISK at its lower edge.
		assertThat(turnover(day(6), "5400.00", "30000").status()).hasToString("AT_RISK");
		assertThat(turnover(day(6), "5399.99", "30000").status()).hasToString("BEHIND");
	}

	@Test
	void anAdditiveTargetReachedMidMonthIsAchievedEvenWhenEarly() {
		assertThat(turnover(day(2), "30000.00", "30000").status()).hasToString("ACHIEVED");
		assertThat(turnover(day(15), "31000.00", "30000").status()).hasToString("ACHIEVED");
	}

	@Test
	void aClosedPeriodIsMetOrMissed() {
		assertThat(turnover(CLOSED, "30000.00", "30000").status()).hasToString("ACHIEVED");
		assertThat(turnover(CLOSED, "29999.99", "30000").status()).hasToString("MISSED");
		// Within 10 % used to say AT_RISK for a month that is over; it is simply missed.
		assertThat(turnover(CLOSED, "28000.00", "30000").status()).hasToString("MISSED");
	}

	@Test
	void aFuturePeriodIsEarlyWithNothingToForecast() {
		Kpi kpi = turnover(FUTURE, "0.00", "30000");
		assertThat(kpi.status()).hasToString("EARLY");
		assertThat(kpi.forecast()).isNull();
		assertThat(kpi.expectedByNow()).isEqualByComparingTo("0");
	}

	@Test
	void costPerLeadIsBetterLowerAndIsNeverAchievedBeforeTheMonthIsOver() {
		BigDecimal target = new BigDecimal("1000.00");
		assertThat(day(15).kpi(Metric.COST_PER_LEAD, new BigDecimal("900.00"), target).status())
			.hasToString("ON_TRACK");
		assertThat(day(15).kpi(Metric.COST_PER_LEAD, new BigDecimal("1100.00"), target).status())
			.hasToString("AT_RISK");
		assertThat(day(15).kpi(Metric.COST_PER_LEAD, new BigDecimal("1100.01"), target).status()).hasToString("BEHIND");
		assertThat(day(3).kpi(Metric.COST_PER_LEAD, new BigDecimal("900.00"), target).status()).hasToString("EARLY");
		assertThat(CLOSED.kpi(Metric.COST_PER_LEAD, new BigDecimal("1000.00"), target).status())
			.hasToString("ACHIEVED");
		assertThat(CLOSED.kpi(Metric.COST_PER_LEAD, new BigDecimal("1000.01"), target).status()).hasToString("MISSED");
	}

	@Test
	void workingDayPaceUsesTheWorkingDaysLeft() {
		// 21 working days, 9 begun (today a Sunday: not counted), 12 left from today.
		Pace pace = Pace.of(new PeriodDays(21, 9, 12, Phase.CURRENT));
		Kpi kpi = pace.kpi(Metric.TURNOVER, new BigDecimal("10000.00"), new BigDecimal("30000.00"));
		assertThat(kpi.expectedByNow()).isEqualByComparingTo("12857.14");
		assertThat(kpi.forecast()).isEqualByComparingTo("23333.33");
		assertThat(kpi.requiredDailyPace()).isEqualByComparingTo("1666.67");
		assertThat(kpi.status()).hasToString("BEHIND");
	}

}
