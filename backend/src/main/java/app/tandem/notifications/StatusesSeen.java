package app.tandem.notifications;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

import app.tandem.goals.Metric;
import app.tandem.kpi.PaceStatus;
import app.tandem.shared.CompanyCalendar;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code kpi_status_seen} table: the last status seen of each person's KPIs and of
 * the shared goal, per month.
 */
@Component
class StatusesSeen {

	static final long COMPANY = 0;

	private final JdbcClient jdbc;

	StatusesSeen(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A month's statuses seen so far. */
	Map<Subject, PaceStatus> of(YearMonth period) {
		Map<Subject, PaceStatus> seen = new HashMap<>();
		this.jdbc.sql("SELECT scope, subject_id, metric, status FROM kpi_status_seen WHERE period = :period")
			.param("period", period.toString())
			.query((rs, n) -> seen.put(new Subject(Scope.valueOf(rs.getString("scope")), rs.getLong("subject_id"),
					Metric.valueOf(rs.getString("metric"))), PaceStatus.valueOf(rs.getString("status"))))
			.list();
		return seen;
	}

	void put(YearMonth period, Subject subject, PaceStatus status, Instant at) {
		if (update(period, subject, status, at) == 0) {
			try {
				this.jdbc.sql("""
						INSERT INTO kpi_status_seen (scope, subject_id, period, metric, status, seen_at)
						VALUES (:scope, :subject, :period, :metric, :status, :at)""")
					.param("scope", subject.scope().name())
					.param("subject", subject.id())
					.param("period", period.toString())
					.param("metric", subject.metric().name())
					.param("status", status.name())
					.param("at", Timestamp.valueOf(CompanyCalendar.toUtc(at)))
					.update();
			}
			catch (DuplicateKeyException ex) {
				// Another instance saw it first, just now: the latest reading wins.
				update(period, subject, status, at);
			}
		}
	}

	private int update(YearMonth period, Subject subject, PaceStatus status, Instant at) {
		return this.jdbc.sql("""
				UPDATE kpi_status_seen SET status = :status, seen_at = :at
				WHERE scope = :scope AND subject_id = :subject AND period = :period AND metric = :metric""")
			.param("status", status.name())
			.param("at", Timestamp.valueOf(CompanyCalendar.toUtc(at)))
			.param("scope", subject.scope().name())
			.param("subject", subject.id())
			.param("period", period.toString())
			.param("metric", subject.metric().name())
			.update();
	}

	enum Scope {

		PERSON, GOAL

	}

	/**
	 * Whose KPI: a person's ({@code id} = employee) or the shared goal's ({@code id} =
	 * {@link #COMPANY}).
	 */
	record Subject(Scope scope, long id, Metric metric) {

		static Subject person(long employeeId, Metric metric) {
			return new Subject(Scope.PERSON, employeeId, metric);
		}

		static Subject goal(Metric metric) {
			return new Subject(Scope.GOAL, COMPANY, metric);
		}

	}

}
