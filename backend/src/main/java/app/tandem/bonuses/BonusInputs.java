package app.tandem.bonuses;

import java.math.BigDecimal;
import java.util.List;

import app.tandem.goals.Metric;
import app.tandem.people.Position;

/** setBonusScheme's input; every field is checked by {@link BonusService}. */
final class BonusInputs {

	private BonusInputs() {
	}

	record SetBonusSchemeInput(Position position, BigDecimal targetBonus, Metric sharedMetric, Double gate, Double cap,
			List<BonusWeightInput> weights, Integer expectedVersion) {
	}

	record BonusWeightInput(Metric metric, Double weight) {
	}

}
