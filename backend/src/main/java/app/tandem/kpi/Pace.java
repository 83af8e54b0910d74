package app.tandem.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import app.tandem.goals.Metric;
import app.tandem.kpi.KpiViews.Kpi;
import app.tandem.kpi.KpiViews.PaceStatus;
import app.tandem.shared.PeriodRange;

/**
 * Where a period stands on the calendar, and what that means for a KPI against its target
 * (SPEC §3 "Pace"): elapsed fraction f = elapsed days / days, past periods 1, future 0.
 */
final class Pace {

	private static final BigDecimal AT_RISK_MARGIN = new BigDecimal("0.10");

	private final int days;

	/** Days elapsed, today included: 0 for a future period, all for a past one. */
	private final int elapsed;

	private final boolean current;

	private Pace(int days, int elapsed, boolean current) {
		this.days = days;
		this.elapsed = elapsed;
		this.current = current;
	}

	static Pace of(PeriodRange range, LocalDate today) {
		int days = range.days();
		if (!today.isBefore(range.dayAfter())) {
			return new Pace(days, days, false);
		}
		if (today.isBefore(range.firstDay())) {
			return new Pace(days, 0, false);
		}
		return new Pace(days, (int) (today.toEpochDay() - range.firstDay().toEpochDay()) + 1, true);
	}

	Kpi kpi(Metric metric, BigDecimal actual, BigDecimal target) {
		Double completion = completion(metric, actual, target);
		BigDecimal forecast = forecast(metric, actual);
		BigDecimal expectedByNow = null;
		BigDecimal requiredDailyPace = null;
		if (target != null) {
			expectedByNow = metric.additive()
					? target.multiply(BigDecimal.valueOf(this.elapsed)).divide(BigDecimal.valueOf(this.days), 2, RoundingMode.HALF_UP)
					: target;
			if (metric.additive() && this.current && actual != null) {
				int left = this.days - this.elapsed + 1;
				requiredDailyPace = target.subtract(actual)
					.max(BigDecimal.ZERO)
					.divide(BigDecimal.valueOf(left), 2, RoundingMode.HALF_UP);
			}
		}
		return new Kpi(metric, actual, target, completion, expectedByNow, forecast, requiredDailyPace,
				status(metric, actual, forecast, target));
	}

	private BigDecimal forecast(Metric metric, BigDecimal actual) {
		if (actual == null) {
			return null;
		}
		if (!metric.additive()) {
			return actual;
		}
		if (this.elapsed == 0) {
			return null;
		}
		return actual.multiply(BigDecimal.valueOf(this.days)).divide(BigDecimal.valueOf(this.elapsed), 2, RoundingMode.HALF_UP);
	}

	private static Double completion(Metric metric, BigDecimal actual, BigDecimal target) {
		if (actual == null || target == null) {
			return null;
		}
		return metric.lowerIsBetter() ? Ratios.of(target, actual) : Ratios.of(actual, target);
	}

	private static PaceStatus status(Metric metric, BigDecimal actual, BigDecimal forecast, BigDecimal target) {
		if (target == null) {
			return PaceStatus.NO_PLAN;
		}
		if (actual == null || forecast == null) {
			return PaceStatus.NO_DATA;
		}
		if (metric.lowerIsBetter()) {
			if (forecast.compareTo(target) <= 0) {
				return PaceStatus.ON_TRACK;
			}
			return forecast.compareTo(target.multiply(BigDecimal.ONE.add(AT_RISK_MARGIN))) <= 0 ? PaceStatus.AT_RISK
					: PaceStatus.BEHIND;
		}
		if (forecast.compareTo(target) >= 0) {
			return PaceStatus.ON_TRACK;
		}
		return forecast.compareTo(target.multiply(BigDecimal.ONE.subtract(AT_RISK_MARGIN))) >= 0 ? PaceStatus.AT_RISK
				: PaceStatus.BEHIND;
	}

}
