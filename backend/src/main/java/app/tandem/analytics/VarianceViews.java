package app.tandem.analytics;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * "The gap, by cause" (SPEC §4): the chain-substitution split of the lead-sourced
 * turnover and margin.
 */
public final class VarianceViews {

	private VarianceViews() {
	}

	public enum BaselineSource {

		APPLIED_PLAN, PREVIOUS_PERIOD

	}

	public enum VarianceFactor {

		LEAD_VOLUME(Responsibility.MARKETING), CONVERSION(Responsibility.SALES), DEAL_SIZE(Responsibility.SALES),
		MARGIN_RATE(Responsibility.SALES);

		private final Responsibility responsibility;

		VarianceFactor(Responsibility responsibility) {
			this.responsibility = responsibility;
		}

		public Responsibility responsibility() {
			return this.responsibility;
		}

	}

	public enum Responsibility {

		MARKETING, SALES

	}

	public enum VarianceReading {

		EARLY, EXPLAINED, NO_BASELINE

	}

	public enum VarianceBasis {

		FULL_PERIOD, TO_DATE

	}

	public record FactorView(double leadsExact, Double dealsPerLead, BigDecimal averageDeal, Double marginPercent,
			BigDecimal turnover, BigDecimal grossMargin) {

		/** Leads, rounded half-up where the baseline to date has a fraction of a lead. */
		public long leads() {
			return Math.round(this.leadsExact);
		}

		public Double conversion() {
			return this.dealsPerLead;
		}

	}

	public record VariancePart(VarianceFactor factor, Responsibility responsibility, BigDecimal amount) {

		VariancePart(VarianceFactor factor, BigDecimal amount) {
			this(factor, factor.responsibility(), amount);
		}

	}

	public record Decomposition(BigDecimal baseline, BigDecimal actual, BigDecimal difference,
			List<VariancePart> parts) {
	}

	/**
	 * How the month is read: the reading, the basis, and the elapsed fraction the
	 * baseline was scaled by.
	 */
	public record Reading(VarianceReading reading, VarianceBasis basis, double elapsedFraction) {
	}

	public record VarianceDecomposition(YearMonth period, Reading how, BaselineSource baselineSource,
			YearMonth baselinePeriod, FactorView baseline, FactorView actual, Decomposition turnover,
			Decomposition grossMargin) {

		public VarianceReading reading() {
			return this.how.reading();
		}

		public VarianceBasis basis() {
			return this.how.basis();
		}

		public double elapsedFraction() {
			return this.how.elapsedFraction();
		}

	}

}
