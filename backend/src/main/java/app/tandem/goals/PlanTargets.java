package app.tandem.goals;

import java.math.BigDecimal;
import java.math.RoundingMode;

import app.tandem.shared.InputCheck;

/** The precision of a target: whole counts, money in kopecks, ratios to four places. */
public final class PlanTargets {

	private PlanTargets() {
	}

	public static int scale(Metric metric) {
		return switch (metric.kind()) {
			case COUNT -> 0;
			case MONEY, MONEY_RATIO -> 2;
			case RATIO -> 4;
		};
	}

	public static BigDecimal scaled(Metric metric, BigDecimal value) {
		return value.setScale(scale(metric), RoundingMode.HALF_UP);
	}

	static void check(InputCheck check, Metric metric, BigDecimal target, String field) {
		if (target == null) {
			check.require(null, field);
			return;
		}
		check.when(target.signum() <= 0, field, field + " must be greater than 0");
		if (metric == null || check.hasErrorFor(field)) {
			return;
		}
		int places = Math.max(0, target.stripTrailingZeros().scale());
		switch (metric.kind()) {
			case COUNT -> check.when(places > 0, field, field + " for " + metric + " must be a whole number");
			case MONEY, MONEY_RATIO -> check.when(places > 2, field, field + " must have at most 2 decimal places");
			case RATIO -> check.when(places > 4, field, field + " must have at most 4 decimal places")
				.when(target.compareTo(BigDecimal.ONE) > 0, field,
						field + " for " + metric + " is a ratio: at most 1 (1.0 = 100 %)");
		}
		check.when(target.precision() - target.scale() > 15, field, field + " is too large");
	}

}
