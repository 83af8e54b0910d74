package app.tandem.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;

import app.tandem.company.PeriodDays;
import app.tandem.goals.Metric;
import app.tandem.kpi.KpiViews.Kpi;
import app.tandem.shared.Ratios;

/**
 * Where a period stands on the company's calendar (calendar or working days, see
 * {@link PeriodDays}), and what that means for a KPI against its target (SPEC §3 "Pace",
 * §7 "Status"): elapsed fraction f = elapsed days / days, past periods 1, future 0.
 */
final class Pace {

	private static final BigDecimal AT_RISK_MARGIN = new BigDecimal("0.10");

	private final PeriodDays days;

	private Pace(PeriodDays days) {
		this.days = days;
	}

	static Pace of(PeriodDays days) {
		return new Pace(days);
	}

	/** The elapsed fraction f. */
	BigDecimal fraction() {
		return this.days.fraction();
	}

	boolean current() {
		return this.days.current();
	}

	boolean closed() {
		return this.days.closed();
	}

	/** Less than a fifth of a current (or future) period has passed: no verdict yet. */
	boolean early() {
		return this.days.early();
	}

	Kpi kpi(Metric metric, BigDecimal actual, BigDecimal target) {
		Double completion = completion(metric, actual, target);
		BigDecimal forecast = forecast(metric, actual);
		BigDecimal expectedByNow = null;
		BigDecimal requiredDailyPace = null;
		if (target != null) {
			expectedByNow = metric.additive() ? scaled(target, this.days.elapsed()) : target;
			if (metric.additive() && this.days.current() && actual != null) {
				// No working day left (a holiday at the month's end): the whole remainder
				// is due now.
				int left = Math.max(1, this.days.left());
				requiredDailyPace = target.subtract(actual)
					.max(BigDecimal.ZERO)
					.divide(BigDecimal.valueOf(left), 2, RoundingMode.HALF_UP);
			}
		}
		return new Kpi(metric, actual, target, completion, expectedByNow, forecast, requiredDailyPace,
				status(metric, actual, forecast, target));
	}

	/** {@code value} × elapsed / total days, in kopecks. */
	private BigDecimal scaled(BigDecimal value, int elapsed) {
		if (this.days.closed()) {
			return value.setScale(2, RoundingMode.HALF_UP);
		}
		if (this.days.total() == 0) {
			return BigDecimal.ZERO.setScale(2);
		}
		return value.multiply(BigDecimal.valueOf(elapsed))
			.divide(BigDecimal.valueOf(this.days.total()), 2, RoundingMode.HALF_UP);
	}

	private BigDecimal forecast(Metric metric, BigDecimal actual) {
		if (actual == null) {
			return null;
		}
		if (!metric.additive()) {
			return actual;
		}
		if (this.days.closed()) {
			return actual.setScale(2, RoundingMode.HALF_UP);
		}
		if (this.days.elapsed() == 0) {
			return null;
		}
		return actual.multiply(BigDecimal.valueOf(this.days.total()))
			.divide(BigDecimal.valueOf(this.days.elapsed()), 2, RoundingMode.HALF_UP);
	}

	private static Double completion(Metric metric, BigDecimal actual, BigDecimal target) {
		if (actual == null || target == null) {
			return null;
		}
		return metric.lowerIsBetter() ? Ratios.of(target, actual) : Ratios.of(actual, target);
	}

	/**
	 * SPEC §7, in its order: NO_PLAN, NO_DATA; closed: ACHIEVED or MISSED; open:
	 * ACHIEVED, EARLY, then pace.
	 */
	private PaceStatus status(Metric metric, BigDecimal actual, BigDecimal forecast, BigDecimal target) {
		if (target == null) {
			return PaceStatus.NO_PLAN;
		}
		if (actual == null) {
			return PaceStatus.NO_DATA;
		}
		if (this.days.closed()) {
			return meets(metric, actual, target) ? PaceStatus.ACHIEVED : PaceStatus.MISSED;
		}
		if (metric.additive() && actual.compareTo(target) >= 0) {
			return PaceStatus.ACHIEVED;
		}
		if (early()) {
			return PaceStatus.EARLY;
		}
		if (forecast == null) {
			return PaceStatus.NO_DATA;
		}
		if (meets(metric, forecast, target)) {
			return PaceStatus.ON_TRACK;
		}
		BigDecimal tolerance = metric.lowerIsBetter() ? BigDecimal.ONE.add(AT_RISK_MARGIN)
				: BigDecimal.ONE.subtract(AT_RISK_MARGIN);
		return meets(metric, forecast, target.multiply(tolerance)) ? PaceStatus.AT_RISK : PaceStatus.BEHIND;
	}

	/**
	 * Whether {@code value} is at least as good as {@code target}: at or above it, or at
	 * or below for cost per lead.
	 */
	private static boolean meets(Metric metric, BigDecimal value, BigDecimal target) {
		int comparison = value.compareTo(target);
		return metric.lowerIsBetter() ? comparison <= 0 : comparison >= 0;
	}

}
