package app.tandem.integrations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import app.tandem.integrations.WebhookEvent.Status;
import app.tandem.shared.CompanyCalendar;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The {@code webhook_event} table: deliveries stored as they came, claimed by one
 * instance at a time, in order per record. Several instances may run the worker: a claim
 * is a conditional UPDATE, so only one of them wins.
 */
@Component
class WebhookEvents {

	private static final String COLUMNS = "id, integration_id, body, received_at, status, attempts, last_error, processed_at";

	private final JdbcClient jdbc;

	WebhookEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores a delivery; the same body again for the same integration is the first one's
	 * row.
	 */
	Stored store(long integrationId, String bodySha256, String body, String recordKey, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		try {
			this.jdbc
				.sql("""
						INSERT INTO webhook_event (integration_id, body_sha256, body, record_key, received_at, status, attempts,
						                           next_attempt_at)
						VALUES (:integration, :sha, :body, :record, :at, 'PENDING', 0, :at)""")
				.param("integration", integrationId)
				.param("sha", bodySha256)
				.param("body", body)
				.param("record", recordKey)
				.param("at", utc(at))
				.update(key, "id");
			return new Stored(key.getKey().longValue(), false);
		}
		catch (DuplicateKeyException ex) {
			long id = this.jdbc
				.sql("SELECT id FROM webhook_event WHERE integration_id = :integration AND body_sha256 = :sha")
				.param("integration", integrationId)
				.param("sha", bodySha256)
				.query(Long.class)
				.single();
			return new Stored(id, true);
		}
	}

	/**
	 * Events due now, oldest first, each only when no older event of the same record
	 * still waits (in order per record: a deal's update never overtakes its creation).
	 */
	List<Long> due(Instant now, int limit) {
		return this.jdbc.sql("""
				SELECT e.id FROM webhook_event e
				WHERE e.status = 'PENDING' AND e.next_attempt_at <= :now
				  AND (e.claimed_until IS NULL OR e.claimed_until < :now)
				  AND NOT EXISTS (SELECT 1 FROM webhook_event p
				                  WHERE p.integration_id = e.integration_id AND p.record_key = e.record_key
				                    AND p.id < e.id AND p.status = 'PENDING')
				ORDER BY e.id""").param("now", utc(now)).query(Long.class).list().stream().limit(limit).toList();
	}

	/** True when this instance now holds the event until {@code until}. */
	boolean claim(long id, Instant now, Instant until) {
		return this.jdbc.sql("""
				UPDATE webhook_event SET claimed_until = :until
				WHERE id = :id AND status = 'PENDING' AND (claimed_until IS NULL OR claimed_until < :now)""")
			.param("until", utc(until))
			.param("id", id)
			.param("now", utc(now))
			.update() == 1;
	}

	Optional<WebhookEvent> byId(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM webhook_event WHERE id = :id")
			.param("id", id)
			.query(WebhookEvents::row)
			.optional();
	}

	void done(long id, int attempts, Instant at) {
		this.jdbc
			.sql("""
					UPDATE webhook_event SET status = 'DONE', attempts = :attempts, processed_at = :at, claimed_until = NULL,
					       last_error = NULL WHERE id = :id""")
			.param("attempts", attempts)
			.param("at", utc(at))
			.param("id", id)
			.update();
	}

	void retryAt(long id, int attempts, Instant next, String error) {
		this.jdbc.sql("""
				UPDATE webhook_event SET attempts = :attempts, next_attempt_at = :next, claimed_until = NULL,
				       last_error = :error WHERE id = :id""")
			.param("attempts", attempts)
			.param("next", utc(next))
			.param("error", clip(error))
			.param("id", id)
			.update();
	}

	void failed(long id, int attempts, String error, Instant at) {
		this.jdbc
			.sql("""
					UPDATE webhook_event SET status = 'FAILED', attempts = :attempts, processed_at = :at, claimed_until = NULL,
					       last_error = :error WHERE id = :id""")
			.param("attempts", attempts)
			.param("at", utc(at))
			.param("error", clip(error))
			.param("id", id)
			.update();
	}

	/** A failed event back in line, now. */
	boolean replay(long id, Instant now) {
		return this.jdbc.sql("""
				UPDATE webhook_event SET status = 'PENDING', attempts = 0, next_attempt_at = :now, claimed_until = NULL,
				       processed_at = NULL WHERE id = :id AND status = 'FAILED'""")
			.param("now", utc(now))
			.param("id", id)
			.update() == 1;
	}

	List<WebhookEvent> list(long integrationId, Status status, int first) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM webhook_event WHERE integration_id = :integration"
					+ (status == null ? "" : " AND status = :status") + " ORDER BY id DESC")
			.param("integration", integrationId)
			.params(status == null ? java.util.Map.of() : java.util.Map.of("status", status.name()))
			.query(WebhookEvents::row)
			.list()
			.stream()
			.limit(first)
			.toList();
	}

	Counts counts(long integrationId) {
		return this.jdbc.sql("""
				SELECT COUNT(*) AS received, SUM(CASE WHEN status = 'FAILED' THEN 1 ELSE 0 END) AS failed,
				       MAX(received_at) AS last FROM webhook_event WHERE integration_id = :integration""")
			.param("integration", integrationId)
			.query((rs, n) -> new Counts(rs.getInt("received"), rs.getInt("failed"),
					rs.getTimestamp("last") == null ? null
							: CompanyCalendar.fromUtc(rs.getTimestamp("last").toLocalDateTime())))
			.single();
	}

	record Stored(long id, boolean duplicate) {
	}

	record Counts(int received, int failed, Instant lastEventAt) {
	}

	private static String clip(String text) {
		return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
	}

	private static Timestamp utc(Instant at) {
		return Timestamp.valueOf(CompanyCalendar.toUtc(at));
	}

	private static WebhookEvent row(ResultSet rs, int n) throws SQLException {
		Timestamp processed = rs.getTimestamp("processed_at");
		return new WebhookEvent(rs.getLong("id"), rs.getLong("integration_id"), rs.getString("body"),
				CompanyCalendar.fromUtc(rs.getTimestamp("received_at").toLocalDateTime()),
				Status.valueOf(rs.getString("status")), rs.getInt("attempts"), rs.getString("last_error"),
				processed == null ? null : CompanyCalendar.fromUtc(processed.toLocalDateTime()));
	}

}
