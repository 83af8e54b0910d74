package app.tandem.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a total among people by weights so that the parts, rounded to the unit (a
 * kopeck, a lead), add up to exactly the total: each gets the rounded-down share, and the
 * units left over go to the largest remainders (the largest remainder method).
 */
final class Splits {

	private Splits() {
	}

	/**
	 * {@code weights}: person → weight (e.g. their turnover); all zero or empty means an
	 * even split.
	 */
	static Map<Long, BigDecimal> split(BigDecimal total, Map<Long, BigDecimal> weights, int scale) {
		Map<Long, BigDecimal> shares = new LinkedHashMap<>();
		if (weights.isEmpty()) {
			return shares;
		}
		if (total.signum() < 0) {
			// A loss splits like a gain, with the sign turned: the parts still add up to
			// it exactly.
			split(total.negate(), weights, scale).forEach((person, part) -> shares.put(person, part.negate()));
			return shares;
		}
		BigDecimal weightSum = weights.values()
			.stream()
			.filter((w) -> w.signum() > 0)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		boolean even = weightSum.signum() == 0;
		BigDecimal units = total.movePointRight(scale).setScale(0, RoundingMode.DOWN);
		List<Part> parts = new ArrayList<>();
		BigDecimal given = BigDecimal.ZERO;
		for (Map.Entry<Long, BigDecimal> entry : weights.entrySet()) {
			BigDecimal weight = even ? BigDecimal.ONE : entry.getValue().max(BigDecimal.ZERO);
			BigDecimal exact = units.multiply(weight)
				.divide(even ? BigDecimal.valueOf(weights.size()) : weightSum, 12, RoundingMode.HALF_UP);
			BigDecimal floor = exact.setScale(0, RoundingMode.DOWN);
			parts.add(new Part(entry.getKey(), floor, exact.subtract(floor)));
			given = given.add(floor);
		}
		int leftover = units.subtract(given).intValueExact();
		List<Part> byRemainder = new ArrayList<>(parts);
		byRemainder.sort(Comparator.comparing(Part::remainder).reversed().thenComparing(Part::person));
		java.util.Set<Long> extra = new java.util.HashSet<>();
		byRemainder.subList(0, leftover).forEach((part) -> extra.add(part.person()));
		for (Part part : parts) {
			BigDecimal amount = extra.contains(part.person()) ? part.floor().add(BigDecimal.ONE) : part.floor();
			shares.put(part.person(), amount.movePointLeft(scale).setScale(scale));
		}
		return shares;
	}

	private record Part(Long person, BigDecimal floor, BigDecimal remainder) {
	}

}
