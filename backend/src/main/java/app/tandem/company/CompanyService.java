package app.tandem.company;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import app.tandem.company.CompanyInputs.SetCompanyCalendarInput;
import app.tandem.company.CompanyInputs.SetPaceBasisInput;
import app.tandem.people.Viewer;
import app.tandem.people.Viewers;
import app.tandem.shared.CompanyCalendar;
import app.tandem.shared.InputCheck;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The company-wide settings an owner edits: the pace basis and the working calendar. */
@Service
class CompanyService {

	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2100;

	private static final int MAX_NON_WORKING = 366;

	private static final int MAX_WORKING_WEEKEND = 120;

	private final JdbcClient jdbc;

	private final Viewers viewers;

	private final CompanyCalendar calendar;

	CompanyService(JdbcClient jdbc, Viewers viewers, CompanyCalendar calendar) {
		this.jdbc = jdbc;
		this.viewers = viewers;
		this.calendar = calendar;
	}

	@Transactional
	public void setPaceBasis(SetPaceBasisInput input) {
		Viewer owner = this.viewers.requireOwner();
		new InputCheck().require(input.paceBasis(), "paceBasis").throwIfInvalid();
		this.jdbc
			.sql("""
					UPDATE company_setting SET pace_basis = :basis, version = version + 1, updated_by = :by, updated_at = :at
					WHERE id = 1""")
			.param("basis", input.paceBasis().name())
			.param("by", owner.id())
			.param("at", CompanyCalendar.toUtc(this.calendar.now()))
			.update();
	}

	/** Replaces the year's lists that the input gives; an omitted list stays as it is. */
	@Transactional
	public void setCalendar(SetCompanyCalendarInput input) {
		Viewer owner = this.viewers.requireOwner();
		Integer year = input.year();
		InputCheck check = new InputCheck().require(year, "year");
		check.when(year != null && (year < FIRST_YEAR || year > LAST_YEAR), "year",
				"year must be from " + FIRST_YEAR + " to " + LAST_YEAR);
		check.throwIfInvalid();
		Set<LocalDate> nonWorking = dates(check, input.nonWorkingDays(), year, "nonWorkingDays", MAX_NON_WORKING);
		Set<LocalDate> working = dates(check, input.workingWeekendDays(), year, "workingWeekendDays",
				MAX_WORKING_WEEKEND);
		if (working != null) {
			working.stream()
				.filter((day) -> !WorkingDays.isWeekend(day))
				.findFirst()
				.ifPresent((day) -> check.add("workingWeekendDays", day + " is a " + day.getDayOfWeek().name().charAt(0)
						+ day.getDayOfWeek().name().substring(1).toLowerCase() + ", not a Saturday or Sunday"));
			Set<LocalDate> others = nonWorking != null ? nonWorking : Set.copyOf(listOf(year, WorkingDays.NON_WORKING));
			working.stream()
				.filter(others::contains)
				.findFirst()
				.ifPresent((day) -> check.add("workingWeekendDays", day + " is also a non-working day"));
		}
		if (nonWorking != null && working == null) {
			List<LocalDate> worked = listOf(year, WorkingDays.WORKING);
			nonWorking.stream()
				.filter(worked::contains)
				.findFirst()
				.ifPresent((day) -> check.add("nonWorkingDays", day + " is a worked weekend day of that year"));
		}
		check.throwIfInvalid();
		replace(year, WorkingDays.NON_WORKING, nonWorking);
		replace(year, WorkingDays.WORKING, working);
		this.jdbc
			.sql("UPDATE company_setting SET version = version + 1, updated_by = :by, updated_at = :at WHERE id = 1")
			.param("by", owner.id())
			.param("at", CompanyCalendar.toUtc(this.calendar.now()))
			.update();
	}

	private static @Nullable Set<LocalDate> dates(InputCheck check, @Nullable List<LocalDate> days, int year,
			String field, int max) {
		if (days == null) {
			return null;
		}
		check.when(days.size() > max, field, field + " may hold at most " + max + " dates");
		days.stream()
			.filter((day) -> day.getYear() != year)
			.findFirst()
			.ifPresent((day) -> check.add(field, day + " is not in " + year));
		return new LinkedHashSet<>(days);
	}

	private List<LocalDate> listOf(int year, String kind) {
		return this.jdbc.sql(
				"SELECT calendar_date FROM calendar_day WHERE kind = :kind AND calendar_date >= :from AND calendar_date < :to")
			.param("kind", kind)
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year + 1, 1, 1))
			.query(LocalDate.class)
			.list();
	}

	private void replace(int year, String kind, @Nullable Set<LocalDate> days) {
		if (days == null) {
			return;
		}
		this.jdbc.sql("DELETE FROM calendar_day WHERE kind = :kind AND calendar_date >= :from AND calendar_date < :to")
			.param("kind", kind)
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year + 1, 1, 1))
			.update();
		for (LocalDate day : days) {
			this.jdbc.sql("INSERT INTO calendar_day (calendar_date, kind) VALUES (:day, :kind)")
				.param("day", day)
				.param("kind", kind)
				.update();
		}
	}

}
