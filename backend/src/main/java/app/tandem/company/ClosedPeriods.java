package app.tandem.company;

import java.time.LocalDate;
import java.time.YearMonth;

import app.tandem.shared.TandemException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Months an owner has closed (issue 14 item 1): what is dated in one is read-only for
 * everyone, owners included, until an owner reopens it. Every module that writes dated
 * figures (records, plans) asks here first, in its own transaction.
 */
@Component
public class ClosedPeriods {

	private final JdbcClient jdbc;

	ClosedPeriods(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean isClosed(YearMonth period) {
		return this.jdbc.sql("SELECT COUNT(*) FROM closed_period WHERE period_month = :p")
			.param("p", period.toString())
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Refuses a write of something in {@code period} (FORBIDDEN at {@code field}) when
	 * the month is closed.
	 */
	public void requireOpen(YearMonth period, String field) {
		if (period != null && isClosed(period)) {
			throw TandemException.forbidden(field,
					period + " is closed: an owner reopens it before anything in it changes");
		}
	}

	public void requireOpen(LocalDate day, String field) {
		if (day != null) {
			requireOpen(YearMonth.from(day), field);
		}
	}

}
