package app.tandem.company;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Where "today" stands in a period, in the days that count for pace (calendar or working
 * days): {@code total} in the period, {@code elapsed} before today plus today when it
 * counts, and {@code left} from today (included when it counts) to the end. A past period
 * has every day elapsed, a future one none.
 */
public record PeriodDays(int total, int elapsed, int left, Phase phase) {

	/** Where the period lies against today. */
	public enum Phase {

		PAST, CURRENT, FUTURE

	}

	/**
	 * The elapsed fraction f: elapsed / total, exact to 10 places; 1 for a past period, 0
	 * for a future one.
	 */
	public BigDecimal fraction() {
		if (this.phase == Phase.PAST) {
			return BigDecimal.ONE;
		}
		if (this.total == 0) {
			return BigDecimal.ZERO;
		}
		return BigDecimal.valueOf(this.elapsed).divide(BigDecimal.valueOf(this.total), 10, RoundingMode.HALF_UP);
	}

	/** Below this elapsed fraction a verdict is too early to give (SPEC §7: EARLY). */
	public static final BigDecimal EARLY_FRACTION = new BigDecimal("0.2");

	/**
	 * Less than a fifth of a current (or future) period has passed: show progress, no
	 * verdict.
	 */
	public boolean early() {
		return !closed() && fraction().compareTo(EARLY_FRACTION) < 0;
	}

	public boolean closed() {
		return this.phase == Phase.PAST;
	}

	public boolean current() {
		return this.phase == Phase.CURRENT;
	}

}
