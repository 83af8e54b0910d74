package app.tandem.security;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Tokens that stop working before they expire. A row names one token by its id ({@code jti}:
 * logout) or all of one person's tokens issued before an instant ({@code employee:<id>}: a
 * password change). The rows live in the database so every instance refuses the token at once;
 * each row is deleted once the tokens it names have expired anyway.
 */
@Component
public class TokenRevocations {

	private static final String PERSON = "employee:";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SecurityProperties properties;

	TokenRevocations(JdbcClient jdbc, Clock clock, SecurityProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
	}

	/** Logout: the token the current request was authenticated with stops working. */
	public void revokeCurrent() {
		if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken authentication)) {
			return;
		}
		Jwt token = authentication.getToken();
		if (token.getId() == null) {
			// Issued before tokens carried an id: it can only be named with all of the person's tokens.
			AccessTokens.currentEmployeeId().ifPresent(this::revokeAllOf);
			return;
		}
		Instant expires = token.getExpiresAt() != null ? token.getExpiresAt()
				: this.clock.instant().plus(this.properties.tokenTtl());
		try {
			insert(token.getId(), null, utc(expires));
		}
		catch (DuplicateKeyException ex) {
			// Revoked already by a concurrent logout with the same token.
		}
		purge();
	}

	/**
	 * Every token the person holds stops working (call it when a password changes). Tokens carry
	 * their issue time in whole seconds; those issued within the current second stay valid, so
	 * the token handed out right after a password change is not refused with the old ones.
	 */
	public void revokeAllOf(long employeeId) {
		Instant now = this.clock.instant();
		String key = PERSON + employeeId;
		LocalDateTime before = utc(now.truncatedTo(ChronoUnit.SECONDS));
		LocalDateTime expires = utc(now.plus(this.properties.tokenTtl()));
		if (update(key, before, expires) == 0) {
			try {
				insert(key, before, expires);
			}
			catch (DuplicateKeyException ex) {
				update(key, before, expires);
			}
		}
		purge();
	}

	/** The person's current credential version; -1 when there is no such person. */
	long credentialVersion(long employeeId) {
		return this.jdbc.sql("SELECT credential_version FROM employee WHERE id = :id")
			.param("id", employeeId)
			.query(Long.class)
			.optional()
			.orElse(-1L);
	}

	/**
	 * One statement per authenticated request: the person's credential version (a password change or
	 * reset ends every older token at once, whatever second it was issued in) and the revocation
	 * rows naming the token or the person (logout, deactivation), by primary keys.
	 */
	boolean isRevoked(Jwt token) {
		long employeeId;
		try {
			employeeId = Long.parseLong(token.getSubject());
		}
		catch (NumberFormatException ex) {
			return true;
		}
		Object claimed = token.getClaims().get(AccessTokens.CREDENTIALS);
		long version = claimed instanceof Number n ? n.longValue() : 0;
		List<String> keys = new ArrayList<>(List.of(PERSON + token.getSubject()));
		if (token.getId() != null) {
			keys.add(token.getId());
		}
		record Row(long credentialVersion, String key, LocalDateTime issuedBefore) {
		}
		List<Row> rows = this.jdbc.sql("""
				SELECT e.credential_version, r.token_key, r.issued_before
				FROM employee e LEFT JOIN revoked_token r ON r.token_key IN (:keys)
				WHERE e.id = :id""")
			.param("keys", keys)
			.param("id", employeeId)
			.query((rs, row) -> new Row(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDateTime.class)))
			.list();
		if (rows.isEmpty() || rows.get(0).credentialVersion() != version) {
			return true;
		}
		Instant issued = token.getIssuedAt();
		for (Row row : rows) {
			if (row.key() == null) {
				continue;
			}
			LocalDateTime before = row.issuedBefore();
			if (before == null || issued == null || issued.isBefore(before.toInstant(ZoneOffset.UTC))) {
				return true;
			}
		}
		return false;
	}

	private void insert(String key, LocalDateTime issuedBefore, LocalDateTime expires) {
		this.jdbc.sql("INSERT INTO revoked_token (token_key, issued_before, expires_at) VALUES (:key, :before, :expires)")
			.param("key", key)
			.param("before", issuedBefore)
			.param("expires", expires)
			.update();
	}

	private int update(String key, LocalDateTime issuedBefore, LocalDateTime expires) {
		return this.jdbc.sql("UPDATE revoked_token SET issued_before = :before, expires_at = :expires WHERE token_key = :key")
			.param("key", key)
			.param("before", issuedBefore)
			.param("expires", expires)
			.update();
	}

	private void purge() {
		this.jdbc.sql("DELETE FROM revoked_token WHERE expires_at < :now").param("now", utc(this.clock.instant())).update();
	}

	private static LocalDateTime utc(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
