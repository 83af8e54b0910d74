package app.tandem.bonuses;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import app.tandem.goals.Metric;

/**
 * A person's bonus for a month (SPEC §9). Ratios are exact to 6 places for display; the
 * payout is computed from the exact values and rounded once, half-up to kopecks.
 */
public record Bonus(long employeeId, YearMonth period, BigDecimal targetBonus, BigDecimal sharedCompletion,
		BigDecimal sharedFactor, BigDecimal personalScore, BigDecimal payout, BigDecimal forecastPayout, Reason reason,
		List<Component> components, boolean closed) {

	/** Why a payout is null. */
	public enum Reason {

		NO_SCHEME, NO_SHARED_GOAL, NO_PLAN

	}

	/** One weighted KPI: its completion and what it counts for after the cap. */
	public record Component(Metric metric, BigDecimal weight, BigDecimal completion, BigDecimal capped) {
	}

	Bonus frozen() {
		return new Bonus(this.employeeId, this.period, this.targetBonus, this.sharedCompletion, this.sharedFactor,
				this.personalScore, this.payout, null, this.reason, this.components, true);
	}

}
