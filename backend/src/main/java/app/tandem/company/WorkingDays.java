package app.tandem.company;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import app.tandem.company.PeriodDays.Phase;
import app.tandem.shared.PeriodRange;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company's days that count for pace: every calendar day, or (WORKING_DAYS) Monday to
 * Friday minus the owner's non-working dates plus worked weekend dates. What the KPI
 * engine asks to turn "today" into an elapsed fraction.
 */
@Component
public class WorkingDays {

	static final String NON_WORKING = "NON_WORKING";

	static final String WORKING = "WORKING";

	private final JdbcClient jdbc;

	WorkingDays(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public PaceBasis basis() {
		return PaceBasis.valueOf(this.jdbc.sql("SELECT pace_basis FROM company_setting WHERE id = 1")
			.query(String.class)
			.optional()
			.orElse(PaceBasis.CALENDAR_DAYS.name()));
	}

	/** The period's days as pace counts them, against {@code today}. */
	@Transactional(readOnly = true)
	public PeriodDays days(PeriodRange range, LocalDate today) {
		if (basis() == PaceBasis.CALENDAR_DAYS) {
			return count(range.firstDay(), range.dayAfter(), today, (day) -> true);
		}
		Map<LocalDate, String> exceptions = exceptions(range.firstDay(), range.dayAfter());
		PeriodDays working = count(range.firstDay(), range.dayAfter(), today, (day) -> isWorking(day, exceptions));
		// A period without a single working day (all declared holidays) has no
		// working-day pace.
		return working.total() == 0 ? count(range.firstDay(), range.dayAfter(), today, (day) -> true) : working;
	}

	@Transactional(readOnly = true)
	public List<LocalDate> nonWorkingDays(int year) {
		return daysOfKind(year, NON_WORKING);
	}

	@Transactional(readOnly = true)
	public List<LocalDate> workingWeekendDays(int year) {
		return daysOfKind(year, WORKING);
	}

	static boolean isWeekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	static boolean isWorking(LocalDate day, Map<LocalDate, String> exceptions) {
		String kind = exceptions.get(day);
		if (kind != null) {
			return WORKING.equals(kind);
		}
		return !isWeekend(day);
	}

	/**
	 * Counts the days of [first, dayAfter) that {@code counts}, split around
	 * {@code today}.
	 */
	static PeriodDays count(LocalDate first, LocalDate dayAfter, LocalDate today, Predicate<LocalDate> counts) {
		int total = 0;
		int before = 0;
		for (LocalDate day = first; day.isBefore(dayAfter); day = day.plusDays(1)) {
			if (counts.test(day)) {
				total++;
				if (day.isBefore(today)) {
					before++;
				}
			}
		}
		if (!today.isBefore(dayAfter)) {
			return new PeriodDays(total, total, 0, Phase.PAST);
		}
		if (today.isBefore(first)) {
			return new PeriodDays(total, 0, total, Phase.FUTURE);
		}
		int todayCounts = counts.test(today) ? 1 : 0;
		return new PeriodDays(total, before + todayCounts, total - before, Phase.CURRENT);
	}

	private Map<LocalDate, String> exceptions(LocalDate from, LocalDate dayAfter) {
		Map<LocalDate, String> exceptions = new HashMap<>();
		this.jdbc.sql(
				"SELECT calendar_date, kind FROM calendar_day WHERE calendar_date >= :from AND calendar_date < :dayAfter")
			.param("from", from)
			.param("dayAfter", dayAfter)
			.query((rs, n) -> exceptions.put(rs.getObject("calendar_date", LocalDate.class), rs.getString("kind")))
			.list();
		return exceptions;
	}

	private List<LocalDate> daysOfKind(int year, String kind) {
		return this.jdbc.sql(
				"SELECT calendar_date FROM calendar_day WHERE kind = :kind AND calendar_date >= :from AND calendar_date < :to ORDER BY calendar_date")
			.param("kind", kind)
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year + 1, 1, 1))
			.query(LocalDate.class)
			.list();
	}

}
