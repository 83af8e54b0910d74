package app.tandem.shared;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Every division Tandem shows: undefined (null) rather than zero or infinite when the
 * divisor is zero. Float fields (completion, shares, conversion in tables) get 6 places,
 * Decimal ratios 4.
 */
public final class Ratios {

	private static final int RATIO_SCALE = 4;

	private Ratios() {
	}

	/** A share such as conversion, as an exact Decimal with four places. */
	public static @Nullable BigDecimal share(long part, long whole) {
		return whole == 0 ? null
				: BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), RATIO_SCALE, RoundingMode.HALF_UP);
	}

	/** Money per unit, such as cost per lead, in kopecks. */
	public static @Nullable BigDecimal perUnit(BigDecimal money, long units) {
		return units == 0 ? null : money.divide(BigDecimal.valueOf(units), 2, RoundingMode.HALF_UP);
	}

	/** A ratio for a Float field; 1.0 = 100 %. */
	public static @Nullable Double of(@Nullable BigDecimal part, @Nullable BigDecimal whole) {
		if (part == null || whole == null || whole.signum() == 0) {
			return null;
		}
		return part.divide(whole, 6, RoundingMode.HALF_UP).doubleValue();
	}

	public static @Nullable Double of(long part, long whole) {
		return of(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
	}

	public static @Nullable Double toDouble(@Nullable BigDecimal value) {
		return value == null ? null : value.doubleValue();
	}

}
