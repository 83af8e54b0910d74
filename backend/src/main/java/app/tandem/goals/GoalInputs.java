package app.tandem.goals;

import java.math.BigDecimal;
import java.time.YearMonth;

/** Inputs of the plan mutations, as in SPEC §5. */
final class GoalInputs {

	private GoalInputs() {
	}

	record SetSharedGoalInput(YearMonth period, BigDecimal turnoverTarget, BigDecimal grossMarginTarget,
			Integer expectedVersion) {
	}

	record SetPersonalPlanInput(String employeeId, YearMonth period, Metric metric, BigDecimal target,
			Integer expectedVersion) {
	}

}
