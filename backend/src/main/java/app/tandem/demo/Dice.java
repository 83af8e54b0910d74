package app.tandem.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The demo's only source of chance: one seeded generator, so every first start tells the
 * same story.
 */
final class Dice {

	private final Random random;

	Dice(long seed) {
		this.random = new Random(seed);
	}

	boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

	/** Both bounds inclusive. */
	int between(int low, int high) {
		return low + this.random.nextInt(high - low + 1);
	}

	double between(double low, double high) {
		return low + this.random.nextDouble() * (high - low);
	}

	/** Skewed towards {@code low}: most deals are small, a few are large. */
	double skewed(double low, double high, double skew) {
		return low + Math.pow(this.random.nextDouble(), skew) * (high - low);
	}

	/** Knuth's method; fine for the small daily means used here. */
	int poisson(double mean) {
		double limit = Math.exp(-mean);
		double product = this.random.nextDouble();
		int count = 0;
		while (product > limit) {
			product *= this.random.nextDouble();
			count++;
		}
		return count;
	}

	<T> T pick(List<T> items) {
		return items.get(this.random.nextInt(items.size()));
	}

	<T> List<T> shuffled(List<T> items) {
		List<T> copy = new ArrayList<>(items);
		Collections.shuffle(copy, this.random);
		return copy;
	}

	/** Kopeck-exact money, as a real invoice would carry. */
	BigDecimal money(double low, double high) {
		return BigDecimal.valueOf(between(low, high)).setScale(2, RoundingMode.HALF_UP);
	}

	/**
	 * Costs mostly leave a 25–45 % margin, but about one deal in thirty is sold at a
	 * loss.
	 */
	BigDecimal cost(BigDecimal revenue) {
		double share = chance(0.03) ? between(1.02, 1.18) : between(0.55, 0.75);
		return revenue.multiply(BigDecimal.valueOf(share)).setScale(2, RoundingMode.HALF_UP);
	}

}
