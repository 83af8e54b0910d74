package app.tandem.integrations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import app.tandem.shared.CompanyCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** The {@code integration} table. */
@Component
class Integrations {

	private static final String COLUMNS = "id, kind, name, active, created_by, created_at";

	private final JdbcClient jdbc;

	Integrations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long create(IntegrationKind kind, String name, String secretSha256, long by, java.time.Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO integration (kind, name, secret_sha256, active, created_by, created_at)
				VALUES (:kind, :name, :secret, TRUE, :by, :at)""")
			.param("kind", kind.name())
			.param("name", name)
			.param("secret", secretSha256)
			.param("by", by)
			.param("at", Timestamp.valueOf(CompanyCalendar.toUtc(at)))
			.update(key, "id");
		return key.getKey().longValue();
	}

	Optional<Integration> byId(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM integration WHERE id = :id")
			.param("id", id)
			.query(Integrations::row)
			.optional();
	}

	Optional<Integration> bySecret(String secretSha256) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM integration WHERE secret_sha256 = :secret")
			.param("secret", secretSha256)
			.query(Integrations::row)
			.optional();
	}

	List<Integration> all() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM integration ORDER BY id").query(Integrations::row).list();
	}

	void deactivate(long id) {
		this.jdbc.sql("UPDATE integration SET active = FALSE WHERE id = :id").param("id", id).update();
	}

	void rotate(long id, String secretSha256) {
		this.jdbc.sql("UPDATE integration SET secret_sha256 = :secret WHERE id = :id")
			.param("secret", secretSha256)
			.param("id", id)
			.update();
	}

	private static Integration row(ResultSet rs, int n) throws SQLException {
		return new Integration(rs.getLong("id"), IntegrationKind.valueOf(rs.getString("kind")), rs.getString("name"),
				rs.getBoolean("active"), rs.getLong("created_by"),
				CompanyCalendar.fromUtc(rs.getTimestamp("created_at").toLocalDateTime()), null, null);
	}

}
