package app.tandem.bonuses;

import java.math.BigDecimal;
import java.util.List;

import app.tandem.goals.Metric;
import app.tandem.people.Position;

/** A position's bonus scheme (SPEC §9): gate and cap are ratios, 1 = 100 %. */
public record BonusScheme(long id, Position position, BigDecimal targetBonus, Metric sharedMetric, BigDecimal gate,
		BigDecimal cap, List<BonusWeight> weights, long version) {

	/** One personal KPI and its share of the personal score. */
	public record BonusWeight(Metric metric, BigDecimal weight) {
	}

}
