package app.tandem.live;

import java.time.YearMonth;
import java.util.List;

/**
 * What a {@code kpisChanged} subscriber gets: the month whose figures changed and whose
 * (ids, as GraphQL IDs).
 */
record KpisChanged(YearMonth period, List<String> employeeIds) {

	/**
	 * The relay's wire form, e.g. {@code 2026-12|3,7}: one line, nothing to parse but
	 * numbers.
	 */
	String toWire() {
		return this.period + "|" + String.join(",", this.employeeIds);
	}

	static KpisChanged fromWire(String wire) {
		int bar = wire.indexOf('|');
		String ids = wire.substring(bar + 1);
		return new KpisChanged(YearMonth.parse(wire.substring(0, bar)),
				ids.isEmpty() ? List.of() : List.of(ids.split(",")));
	}

}
