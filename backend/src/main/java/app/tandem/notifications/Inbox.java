package app.tandem.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

import app.tandem.goals.Metric;
import app.tandem.kpi.PaceStatus;
import app.tandem.shared.CompanyCalendar;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code notification} table. Every query names the person, so one person's notices
 * never reach another's list, count or mark; a notice is added at most once per person
 * and dedupe key.
 */
@Component
class Inbox {

	private static final String COLUMNS = "id, employee_id, kind, period, metric, status, lead_id, created_at, read_at";

	private final JdbcClient jdbc;

	Inbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A new notice; false when this person already has the one with {@code dedupeKey}.
	 */
	boolean add(long employeeId, Notice notice, String dedupeKey, Instant at) {
		try {
			this.jdbc
				.sql("""
						INSERT INTO notification (employee_id, kind, period, metric, status, lead_id, dedupe_key, created_at)
						VALUES (:employee, :kind, :period, :metric, :status, :lead, :key, :at)""")
				.param("employee", employeeId)
				.param("kind", notice.kind().name())
				.param("period", notice.period().toString())
				.param("metric", notice.metric() == null ? null : notice.metric().name())
				.param("status", notice.status() == null ? null : notice.status().name())
				.param("lead", notice.leadId())
				.param("key", dedupeKey)
				.param("at", utc(at))
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/**
	 * Newest first: up to {@code limit} notices older than {@code beforeId} (all when
	 * null).
	 */
	List<Notification> page(long employeeId, Long beforeId, int limit) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM notification WHERE employee_id = :employee"
					+ (beforeId == null ? "" : " AND id < :before") + " ORDER BY id DESC LIMIT :limit")
			.param("employee", employeeId)
			.params(beforeId == null ? java.util.Map.of() : java.util.Map.of("before", beforeId))
			.param("limit", limit)
			.query(Inbox::row)
			.list();
	}

	long count(long employeeId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM notification WHERE employee_id = :employee")
			.param("employee", employeeId)
			.query(Long.class)
			.single();
	}

	long unread(long employeeId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM notification WHERE employee_id = :employee AND read_at IS NULL")
			.param("employee", employeeId)
			.query(Long.class)
			.single();
	}

	/**
	 * Marks those of {@code ids} that are this person's; returns them (ids of others'
	 * notices are not among them).
	 */
	List<Notification> markRead(long employeeId, Collection<Long> ids, Instant at) {
		if (ids.isEmpty()) {
			return List.of();
		}
		this.jdbc.sql("""
				UPDATE notification SET read_at = :at
				WHERE employee_id = :employee AND id IN (:ids) AND read_at IS NULL""")
			.param("at", utc(at))
			.param("employee", employeeId)
			.param("ids", ids)
			.update();
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM notification WHERE employee_id = :employee AND id IN (:ids)"
					+ " ORDER BY id DESC")
			.param("employee", employeeId)
			.param("ids", ids)
			.query(Inbox::row)
			.list();
	}

	int markAllRead(long employeeId, Instant at) {
		return this.jdbc.sql("UPDATE notification SET read_at = :at WHERE employee_id = :employee AND read_at IS NULL")
			.param("at", utc(at))
			.param("employee", employeeId)
			.update();
	}

	/** What a notice says, without whom it is for. */
	record Notice(NotificationKind kind, YearMonth period, Metric metric, PaceStatus status, Long leadId) {
	}

	private static Timestamp utc(Instant at) {
		return Timestamp.valueOf(CompanyCalendar.toUtc(at));
	}

	private static Notification row(ResultSet rs, int n) throws SQLException {
		String metric = rs.getString("metric");
		String status = rs.getString("status");
		Timestamp read = rs.getTimestamp("read_at");
		return new Notification(rs.getLong("id"), rs.getLong("employee_id"),
				NotificationKind.valueOf(rs.getString("kind")), YearMonth.parse(rs.getString("period")),
				metric == null ? null : Metric.valueOf(metric), status == null ? null : PaceStatus.valueOf(status),
				rs.getObject("lead_id", Long.class),
				CompanyCalendar.fromUtc(rs.getTimestamp("created_at").toLocalDateTime()),
				read == null ? null : CompanyCalendar.fromUtc(read.toLocalDateTime()));
	}

}
