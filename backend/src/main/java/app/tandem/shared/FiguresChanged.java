package app.tandem.shared;

import java.time.YearMonth;
import java.util.Set;

/**
 * A write changed {@code period}'s figures (docs/spec.md §10): published inside the
 * writing transaction by whoever changed a record or a plan, delivered to live
 * subscribers only once it commits.
 *
 * @param period the month whose KPIs, plan or analytics read differently now
 * @param employeeIds whose own figures changed; empty when the change is the company's
 * alone (the shared goal)
 */
public record FiguresChanged(YearMonth period, Set<Long> employeeIds) {

	public FiguresChanged {
		employeeIds = Set.copyOf(employeeIds);
	}

}
