package app.tandem.records;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import app.tandem.company.ClosedPeriods;
import app.tandem.people.Viewer;
import app.tandem.shared.CompanyCalendar;
import app.tandem.shared.TandemException;

import org.springframework.stereotype.Component;

/**
 * How far back a record may be written (SPEC §7, issue 14): an employee records and
 * corrects only in the current month and the previous one (last month's late deals still
 * come in); older months are history that only an owner changes. So nobody rewrites a
 * closed quarter, or takes a client's acquisition by backdating a deal.
 */
@Component
class WriteWindow {

	private final CompanyCalendar calendar;

	private final ClosedPeriods closed;

	WriteWindow(CompanyCalendar calendar, ClosedPeriods closed) {
		this.calendar = calendar;
		this.closed = closed;
	}

	/**
	 * Refuses {@code day} for anyone when an owner has closed its month, and for a
	 * non-owner when it lies before the previous month.
	 */
	void require(Viewer viewer, LocalDate day, String field) {
		this.closed.requireOpen(day, field);
		if (viewer.isOwner() || day == null) {
			return;
		}
		YearMonth first = this.calendar.currentPeriod().minusMonths(1);
		if (YearMonth.from(day).isBefore(first)) {
			throw TandemException.forbidden(field,
					field + " " + day + " is before " + first + ": records of older months are changed by an owner");
		}
	}

	void require(Viewer viewer, Instant moment, String field) {
		if (moment != null) {
			require(viewer, LocalDate.ofInstant(moment, this.calendar.zone()), field);
		}
	}

}
