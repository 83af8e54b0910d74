package app.tandem.integrations;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import app.tandem.shared.CompanyCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The amoCRM mapping tables ({@code amocrm_user_map}, {@code amocrm_status_map},
 * {@code amocrm_source_map}, the mapping columns of {@code integration}) and
 * {@code amocrm_lead_state}, the newest amoCRM state applied per lead.
 */
@Component
class AmoCrmMappings {

	private final JdbcClient jdbc;

	AmoCrmMappings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	AmoCrmMapping of(long integrationId) {
		record Head(int version, BigDecimal costShare, Long by, Timestamp at) {
		}
		Head head = this.jdbc
			.sql("""
					SELECT mapping_version, cost_share, mapping_changed_by, mapping_changed_at FROM integration WHERE id = :id""")
			.param("id", integrationId)
			.query((rs, n) -> new Head(rs.getInt(1), rs.getBigDecimal(2), (Long) rs.getObject(3, Long.class),
					rs.getTimestamp(4)))
			.single();
		List<AmoCrmMapping.User> users = this.jdbc
			.sql("SELECT amo_user_id, employee_id FROM amocrm_user_map WHERE integration_id = :id ORDER BY amo_user_id")
			.param("id", integrationId)
			.query((rs, n) -> new AmoCrmMapping.User(rs.getLong(1), rs.getLong(2)))
			.list();
		List<AmoCrmMapping.Status> statuses = this.jdbc
			.sql("SELECT status_id, meaning FROM amocrm_status_map WHERE integration_id = :id ORDER BY status_id")
			.param("id", integrationId)
			.query((rs, n) -> new AmoCrmMapping.Status(rs.getLong(1), AmoCrmMapping.Meaning.valueOf(rs.getString(2))))
			.list();
		List<AmoCrmMapping.Source> sources = this.jdbc
			.sql("SELECT source, channel_id FROM amocrm_source_map WHERE integration_id = :id ORDER BY source_key")
			.param("id", integrationId)
			.query((rs, n) -> new AmoCrmMapping.Source(rs.getString(1), rs.getLong(2)))
			.list();
		return new AmoCrmMapping(integrationId, head.version(),
				head.costShare() == null ? null : head.costShare().stripTrailingZeros(), users, statuses, sources,
				head.by(), head.at() == null ? null : CompanyCalendar.fromUtc(head.at().toLocalDateTime()));
	}

	/**
	 * Moves the mapping's version from {@code expected} on; false when someone else moved
	 * it meanwhile.
	 */
	boolean bump(long integrationId, int expected, long by, Instant at) {
		return this.jdbc
			.sql("""
					UPDATE integration SET mapping_version = mapping_version + 1, mapping_changed_by = :by, mapping_changed_at = :at
					WHERE id = :id AND mapping_version = :expected""")
			.param("by", by)
			.param("at", Timestamp.valueOf(CompanyCalendar.toUtc(at)))
			.param("id", integrationId)
			.param("expected", expected)
			.update() == 1;
	}

	void costShare(long integrationId, BigDecimal share) {
		this.jdbc.sql("UPDATE integration SET cost_share = :share WHERE id = :id")
			.param("share", share)
			.param("id", integrationId)
			.update();
	}

	void user(long integrationId, long amoUserId, Long employeeId) {
		this.jdbc.sql("DELETE FROM amocrm_user_map WHERE integration_id = :id AND amo_user_id = :user")
			.param("id", integrationId)
			.param("user", amoUserId)
			.update();
		if (employeeId != null) {
			this.jdbc.sql(
					"INSERT INTO amocrm_user_map (integration_id, amo_user_id, employee_id) VALUES (:id, :user, :employee)")
				.param("id", integrationId)
				.param("user", amoUserId)
				.param("employee", employeeId)
				.update();
		}
	}

	void status(long integrationId, long statusId, AmoCrmMapping.Meaning meaning) {
		this.jdbc.sql("DELETE FROM amocrm_status_map WHERE integration_id = :id AND status_id = :status")
			.param("id", integrationId)
			.param("status", statusId)
			.update();
		if (meaning != null) {
			this.jdbc.sql(
					"INSERT INTO amocrm_status_map (integration_id, status_id, meaning) VALUES (:id, :status, :meaning)")
				.param("id", integrationId)
				.param("status", statusId)
				.param("meaning", meaning.name())
				.update();
		}
	}

	void source(long integrationId, String source, Long channelId) {
		String key = AmoCrmForm.key(source);
		this.jdbc.sql("DELETE FROM amocrm_source_map WHERE integration_id = :id AND source_key = :key")
			.param("id", integrationId)
			.param("key", key)
			.update();
		if (channelId != null) {
			this.jdbc.sql("""
					INSERT INTO amocrm_source_map (integration_id, source_key, source, channel_id)
					VALUES (:id, :key, :source, :channel)""")
				.param("id", integrationId)
				.param("key", key)
				.param("source", source.strip())
				.param("channel", channelId)
				.update();
		}
	}

	/**
	 * The amoCRM state last applied to a lead: its last_modified, and whether it was
	 * deleted.
	 */
	record LeadState(long lastModified, boolean deleted) {
	}

	Optional<LeadState> state(long integrationId, long amoLeadId) {
		return this.jdbc
			.sql("""
					SELECT last_modified, deleted FROM amocrm_lead_state WHERE integration_id = :id AND amo_lead_id = :lead""")
			.param("id", integrationId)
			.param("lead", amoLeadId)
			.query((rs, n) -> new LeadState(rs.getLong(1), rs.getBoolean(2)))
			.optional();
	}

	void state(long integrationId, long amoLeadId, LeadState state) {
		int updated = this.jdbc.sql("""
				UPDATE amocrm_lead_state SET last_modified = :modified, deleted = :deleted
				WHERE integration_id = :id AND amo_lead_id = :lead""")
			.param("modified", state.lastModified())
			.param("deleted", state.deleted())
			.param("id", integrationId)
			.param("lead", amoLeadId)
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO amocrm_lead_state (integration_id, amo_lead_id, last_modified, deleted)
					VALUES (:id, :lead, :modified, :deleted)""")
				.param("modified", state.lastModified())
				.param("deleted", state.deleted())
				.param("id", integrationId)
				.param("lead", amoLeadId)
				.update();
		}
	}

}
