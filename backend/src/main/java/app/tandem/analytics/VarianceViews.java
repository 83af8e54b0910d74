package app.tandem.analytics;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/** "The gap, by cause" (SPEC §4): the chain-substitution split of the lead-sourced turnover and margin. */
final class VarianceViews {

	private VarianceViews() {
	}

	enum BaselineSource {

		APPLIED_PLAN, PREVIOUS_PERIOD

	}

	enum VarianceFactor {

		LEAD_VOLUME(Responsibility.MARKETING), CONVERSION(Responsibility.SALES), DEAL_SIZE(Responsibility.SALES),
		MARGIN_RATE(Responsibility.SALES);

		private final Responsibility responsibility;

		VarianceFactor(Responsibility responsibility) {
			this.responsibility = responsibility;
		}

		Responsibility responsibility() {
			return this.responsibility;
		}

	}

	enum Responsibility {

		MARKETING, SALES

	}

	record FactorView(long leads, Double conversion, BigDecimal averageDeal, Double marginPercent, BigDecimal turnover,
			BigDecimal grossMargin) {
	}

	record VariancePart(VarianceFactor factor, Responsibility responsibility, BigDecimal amount) {

		VariancePart(VarianceFactor factor, BigDecimal amount) {
			this(factor, factor.responsibility(), amount);
		}

	}

	record Decomposition(BigDecimal baseline, BigDecimal actual, BigDecimal difference, List<VariancePart> parts) {
	}

	record VarianceDecomposition(YearMonth period, BaselineSource baselineSource, YearMonth baselinePeriod,
			FactorView baseline, FactorView actual, Decomposition turnover, Decomposition grossMargin) {
	}

}
