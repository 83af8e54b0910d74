package app.tandem.analytics;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The largest remainder method, without Spring: parts rounded to the unit that add up to
 * the total exactly.
 */
class SplitsUnitTest {

	static Map<Long, BigDecimal> weights(long... personAndWeight) {
		Map<Long, BigDecimal> weights = new LinkedHashMap<>();
		for (int i = 0; i < personAndWeight.length; i += 2) {
			weights.put(personAndWeight[i], BigDecimal.valueOf(personAndWeight[i + 1]));
		}
		return weights;
	}

	static BigDecimal sum(Map<Long, BigDecimal> parts) {
		return parts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	@Test
	void aHundredRoublesInThreeEqualPartsGivesTheLeftoverKopeckToTheLargestRemainderThenTheLowestId() {
		Map<Long, BigDecimal> parts = Splits.split(new BigDecimal("100.00"), weights(3, 1, 1, 1, 2, 1), 2);
		assertThat(parts).containsExactly(Map.entry(3L, new BigDecimal("33.33")),
				Map.entry(1L, new BigDecimal("33.34")), Map.entry(2L, new BigDecimal("33.33")));
		assertThat(sum(parts)).isEqualByComparingTo("100.00");
	}

	@Test
	void partsFollowTheWeightsAndAddUpExactly() {
		Map<Long, BigDecimal> parts = Splits.split(new BigDecimal("1000000.00"), weights(1, 700, 2, 200, 3, 100), 2);
		assertThat(parts).containsEntry(1L, new BigDecimal("700000.00"))
			.containsEntry(2L, new BigDecimal("200000.00"))
			.containsEntry(3L, new BigDecimal("100000.00"));
		Map<Long, BigDecimal> odd = Splits.split(new BigDecimal("10.01"), weights(1, 1, 2, 2, 3, 4), 2);
		assertThat(sum(odd)).isEqualByComparingTo("10.01");
	}

	@Test
	void wholeUnitsSuchAsClientsSplitAsWholeNumbers() {
		Map<Long, BigDecimal> parts = Splits.split(new BigDecimal("7"), weights(1, 1, 2, 1), 0);
		assertThat(parts).containsExactly(Map.entry(1L, new BigDecimal("4")), Map.entry(2L, new BigDecimal("3")));
	}

	@Test
	void noWeightsAtAllSplitEvenlyAndNegativeWeightsCountAsNone() {
		assertThat(Splits.split(new BigDecimal("9.00"), weights(1, 0, 2, 0, 3, 0), 2)).containsOnly(
				Map.entry(1L, new BigDecimal("3.00")), Map.entry(2L, new BigDecimal("3.00")),
				Map.entry(3L, new BigDecimal("3.00")));
		assertThat(Splits.split(new BigDecimal("9.00"), weights(1, -5, 2, 3), 2))
			.containsOnly(Map.entry(1L, new BigDecimal("0.00")), Map.entry(2L, new BigDecimal("9.00")));
		assertThat(Splits.split(new BigDecimal("9.00"), Map.of(), 2)).isEmpty();
	}

	@Test
	void aLossSplitsWithItsSignAndStillAddsUpExactly() {
		Map<Long, BigDecimal> parts = Splits.split(new BigDecimal("-10.00"), weights(1, 1, 2, 2), 2);
		assertThat(parts).containsExactly(Map.entry(1L, new BigDecimal("-3.33")),
				Map.entry(2L, new BigDecimal("-6.67")));
		assertThat(sum(parts)).isEqualByComparingTo("-10.00");
	}

}
