package app.tandem.bonuses;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * Everyone's bonus for a month, with the total against the company's gross margin (SPEC
 * §9).
 */
public record BonusRun(YearMonth period, List<Bonus> bonuses, BigDecimal grossMargin, boolean closed) {

	public BigDecimal total() {
		return this.bonuses.stream()
			.map(Bonus::payout)
			.filter(Objects::nonNull)
			.reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}

	/** total / grossMargin, 6 places; null when the margin is not positive. */
	public BigDecimal totalShareOfMargin() {
		if (this.grossMargin == null || this.grossMargin.signum() <= 0) {
			return null;
		}
		return total().divide(this.grossMargin, 6, RoundingMode.HALF_UP);
	}

}
