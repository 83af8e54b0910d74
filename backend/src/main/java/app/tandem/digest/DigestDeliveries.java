package app.tandem.digest;

import java.time.Instant;
import java.time.LocalDate;

import app.tandem.shared.CompanyCalendar;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The send log: a row per person and week, claimed before the e-mail goes out (each
 * statement its own transaction, so a claim is visible to every other instance at once).
 * Its unique key (employee_id, week_start) is the once-per-week guarantee; ShedLock only
 * spares the other instances the work.
 */
@Component
class DigestDeliveries {

	private final JdbcClient jdbc;

	DigestDeliveries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * True when this caller may send: it inserted the week's row, or took over one whose
	 * earlier attempt the SMTP server refused. False when someone else has the row
	 * (sending, sent, or died while sending).
	 */
	boolean claim(long employeeId, LocalDate weekStart, Instant now) {
		try {
			this.jdbc.sql("""
					INSERT INTO digest_delivery (employee_id, week_start, status, claimed_at)
					VALUES (:employee, :week, 'CLAIMED', :now)""")
				.param("employee", employeeId)
				.param("week", weekStart)
				.param("now", CompanyCalendar.toUtc(now))
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return this.jdbc.sql("""
					UPDATE digest_delivery SET status = 'CLAIMED', claimed_at = :now, last_error = NULL
					WHERE employee_id = :employee AND week_start = :week AND status = 'FAILED'""")
				.param("employee", employeeId)
				.param("week", weekStart)
				.param("now", CompanyCalendar.toUtc(now))
				.update() == 1;
		}
	}

	void sent(long employeeId, LocalDate weekStart, Instant now) {
		this.jdbc.sql("""
				UPDATE digest_delivery SET status = 'SENT', sent_at = :now
				WHERE employee_id = :employee AND week_start = :week""")
			.param("employee", employeeId)
			.param("week", weekStart)
			.param("now", CompanyCalendar.toUtc(now))
			.update();
	}

	void failed(long employeeId, LocalDate weekStart, String reason) {
		this.jdbc.sql("""
				UPDATE digest_delivery SET status = 'FAILED', last_error = :reason
				WHERE employee_id = :employee AND week_start = :week""")
			.param("employee", employeeId)
			.param("week", weekStart)
			.param("reason", reason.length() > 500 ? reason.substring(0, 500) : reason)
			.update();
	}

}
