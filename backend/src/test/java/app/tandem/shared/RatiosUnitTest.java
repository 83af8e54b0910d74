package app.tandem.shared;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every division Tandem shows, without Spring: undefined (null) instead of zero or
 * infinity when the divisor is zero.
 */
class RatiosUnitTest {

	@Test
	void aShareHasFourPlacesHalfUpAndNoneOfNothing() {
		assertThat(Ratios.share(1, 3)).isEqualTo(new BigDecimal("0.3333"));
		assertThat(Ratios.share(2, 3)).isEqualTo(new BigDecimal("0.6667"));
		assertThat(Ratios.share(5, 0)).isNull();
		assertThat(Ratios.share(0, 4)).isEqualTo(new BigDecimal("0.0000"));
	}

	@Test
	void moneyPerUnitIsInKopecksAndNoneForNoUnits() {
		assertThat(Ratios.perUnit(new BigDecimal("100000.00"), 3)).isEqualTo(new BigDecimal("33333.33"));
		assertThat(Ratios.perUnit(new BigDecimal("0.05"), 2)).isEqualTo(new BigDecimal("0.03"));
		assertThat(Ratios.perUnit(new BigDecimal("500.00"), 0)).isNull();
	}

	@Test
	void aFloatRatioHasSixPlacesAndIsNullWhenEitherSideIsMissingOrTheWholeIsZero() {
		assertThat(Ratios.of(1, 3)).isEqualTo(0.333333);
		assertThat(Ratios.of(new BigDecimal("-50"), new BigDecimal("200"))).isEqualTo(-0.25);
		assertThat(Ratios.of(new BigDecimal("3"), BigDecimal.ZERO)).isNull();
		assertThat(Ratios.of(null, BigDecimal.ONE)).isNull();
		assertThat(Ratios.of(BigDecimal.ONE, null)).isNull();
		assertThat(Ratios.toDouble(null)).isNull();
		assertThat(Ratios.toDouble(new BigDecimal("1.5"))).isEqualTo(1.5);
	}

}
