package app.tandem.analytics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * p-values checked against the hypergeometric sums computed independently (Python,
 * math.comb).
 */
class FisherExactTestTests {

	@Test
	void aClearDifferenceIsSignificant() {
		assertThat(FisherExactTest.pValue(2, 20, 12, 20)).isCloseTo(0.0021996412, within(1e-9));
		assertThat(FisherExactTest.pValue(1, 10, 9, 10)).isCloseTo(0.0010933339, within(1e-9));
	}

	@Test
	void aSmallDifferenceIsNot() {
		assertThat(FisherExactTest.pValue(5, 20, 7, 20)).isCloseTo(0.7310941471, within(1e-9));
		assertThat(FisherExactTest.pValue(3, 10, 4, 10)).isCloseTo(1.0, within(1e-9));
	}

	@Test
	void itIsSymmetric() {
		assertThat(FisherExactTest.pValue(12, 20, 2, 20)).isCloseTo(FisherExactTest.pValue(2, 20, 12, 20),
				within(1e-12));
	}

}
