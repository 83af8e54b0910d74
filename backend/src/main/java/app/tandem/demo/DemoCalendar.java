package app.tandem.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo company counts pace in working days, with Russia's public holidays and moved
 * working days as an owner would enter them from the government's production calendar
 * (2025 and 2026: 247 working days each). Other years have none entered: Monday to
 * Friday.
 */
final class DemoCalendar {

	private static final String BASIS = "UPDATE company_setting SET pace_basis = 'WORKING_DAYS' WHERE id = 1";

	private static final String DAY = "INSERT INTO calendar_day (calendar_date, kind) VALUES (?, ?)";

	/** Holidays and the weekdays they moved to. */
	private static final List<String> NON_WORKING = List.of("2025-01-01", "2025-01-02", "2025-01-03", "2025-01-06",
			"2025-01-07", "2025-01-08", "2025-05-01", "2025-05-02", "2025-05-08", "2025-05-09", "2025-06-12",
			"2025-06-13", "2025-11-03", "2025-11-04", "2025-12-31", "2026-01-01", "2026-01-02", "2026-01-05",
			"2026-01-06", "2026-01-07", "2026-01-08", "2026-01-09", "2026-02-23", "2026-03-09", "2026-05-01",
			"2026-05-11", "2026-06-12", "2026-11-04", "2026-12-31");

	/** Saturdays worked in exchange. */
	private static final List<String> WORKING_WEEKEND = List.of("2025-11-01");

	private final Inserts inserts;

	DemoCalendar(Inserts inserts) {
		this.inserts = inserts;
	}

	void write() {
		this.inserts.statement(BASIS);
		List<Object[]> rows = new ArrayList<>();
		NON_WORKING.forEach((day) -> rows.add(new Object[] { LocalDate.parse(day), "NON_WORKING" }));
		WORKING_WEEKEND.forEach((day) -> rows.add(new Object[] { LocalDate.parse(day), "WORKING" }));
		this.inserts.rows(DAY, rows);
	}

}
