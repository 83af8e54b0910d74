package app.tandem.bonuses;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.tandem.bonuses.Bonus.Component;
import app.tandem.bonuses.Bonus.Reason;
import app.tandem.bonuses.BonusScheme.BonusWeight;
import app.tandem.goals.Metric;
import app.tandem.kpi.MonthStandings;
import app.tandem.kpi.Standing;

/**
 * SPEC §9's formula, with no database: shared completion s = company actual / shared
 * target; sharedFactor = 0 below the gate, else min(s, cap); each component's capped
 * completion min(completion, cap) (0 when undefined); personalScore = Σ weight × capped;
 * payout = targetBonus × sharedFactor × personalScore, rounded once, half-up to kopecks.
 * The forecast payout is the same with period-end forecasts, for the current month only.
 */
final class BonusCalculator {

	private static final MathContext EXACT = MathContext.DECIMAL128;

	private static final int SHOWN = 6;

	private BonusCalculator() {
	}

	static Bonus bonus(long employeeId, YearMonth period, BonusScheme scheme, MonthStandings standings) {
		if (scheme == null) {
			return new Bonus(employeeId, period, null, null, null, null, null, null, Reason.NO_SCHEME, List.of(),
					false);
		}
		Map<Metric, Standing> mine = standings.people().getOrDefault(employeeId, Map.of());
		Standing shared = scheme.sharedMetric() == Metric.GROSS_MARGIN ? standings.grossMargin() : standings.turnover();
		boolean planned = true;
		List<Component> components = new ArrayList<>();
		BigDecimal score = BigDecimal.ZERO;
		BigDecimal forecastScore = BigDecimal.ZERO;
		for (BonusWeight weight : scheme.weights()) {
			Standing standing = mine.get(weight.metric());
			BigDecimal target = standing == null ? null : standing.target();
			planned &= target != null;
			BigDecimal completion = standing == null ? null : completion(weight.metric(), standing.actual(), target);
			BigDecimal capped = capped(completion, scheme.cap());
			score = score.add(weight.weight().multiply(capped, EXACT), EXACT);
			BigDecimal forecast = standing == null ? null : completion(weight.metric(), standing.forecast(), target);
			forecastScore = forecastScore.add(weight.weight().multiply(capped(forecast, scheme.cap()), EXACT), EXACT);
			components.add(new Component(weight.metric(), weight.weight(), shown(completion), shown(capped)));
		}
		Reason reason = shared.target() == null ? Reason.NO_SHARED_GOAL : planned ? null : Reason.NO_PLAN;
		BigDecimal s = shared.target() == null ? null : ratio(shared.actual(), shared.target());
		BigDecimal factor = s == null ? null : factor(s, scheme);
		if (reason != null) {
			return new Bonus(employeeId, period, scheme.targetBonus(), shown(s), shown(factor), shown(score), null,
					null, reason, components, false);
		}
		BigDecimal payout = money(scheme.targetBonus().multiply(factor, EXACT).multiply(score, EXACT));
		BigDecimal forecastPayout = null;
		if (standings.current() && shared.forecast() != null) {
			BigDecimal forecastFactor = factor(ratio(shared.forecast(), shared.target()), scheme);
			forecastPayout = money(scheme.targetBonus().multiply(forecastFactor, EXACT).multiply(forecastScore, EXACT));
		}
		return new Bonus(employeeId, period, scheme.targetBonus(), shown(s), shown(factor), shown(score), payout,
				forecastPayout, null, components, false);
	}

	/**
	 * actual / target, or target / actual for cost per lead (lower is better); null when
	 * undefined.
	 */
	static BigDecimal completion(Metric metric, BigDecimal actual, BigDecimal target) {
		if (actual == null || target == null) {
			return null;
		}
		return metric.lowerIsBetter() ? ratio(target, actual) : ratio(actual, target);
	}

	private static BigDecimal factor(BigDecimal shared, BonusScheme scheme) {
		return shared.compareTo(scheme.gate()) < 0 ? BigDecimal.ZERO : shared.min(scheme.cap());
	}

	private static BigDecimal capped(BigDecimal completion, BigDecimal cap) {
		return completion == null ? BigDecimal.ZERO : completion.min(cap);
	}

	private static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
		return whole.signum() == 0 ? null : part.divide(whole, EXACT);
	}

	private static BigDecimal money(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}

	private static BigDecimal shown(BigDecimal value) {
		return value == null ? null : value.setScale(SHOWN, RoundingMode.HALF_UP);
	}

}
