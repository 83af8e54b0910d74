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
 * Tokens that stop working before they expire. A row names one sign-in
 * ({@code session:<sid>}: logout, or a reused refresh token), one token by its id
 * ({@code jti}: logout of a token from before sessions) or all of one person's tokens
 * issued before an instant ({@code employee:<id>}: deactivation). The rows live in the
 * database so every instance refuses the token at once; each row is deleted once the
 * tokens it names have expired anyway. Refresh tokens ({@code refresh_token}) are ended
 * here too, by the same events.
 */
@Component
public class TokenRevocations {

	private static final String PERSON = "employee:";

	private static final String SESSION = "session:";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SecurityProperties properties;

	TokenRevocations(JdbcClient jdbc, Clock clock, SecurityProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * Logout: the sign-in the current request's token belongs to ends: every access token
	 * of it (a web session's renewals, a mobile client's refreshes) and its refresh
	 * tokens.
	 */
	public void revokeCurrent() {
		if (!(SecurityContextHolder.getContext()
			.getAuthentication() instanceof JwtAuthenticationToken authentication)) {
			return;
		}
		Jwt token = authentication.getToken();
		String session = token.getClaimAsString(AccessTokens.SESSION);
		if (session != null) {
			revokeSession(session);
			return;
		}
		if (token.getId() == null) {
			// Issued before tokens carried an id: it can only be named with all of the
			// person's tokens.
			AccessTokens.currentEmployeeId().ifPresent(this::revokeAllOf);
			return;
		}
		Instant expires = token.getExpiresAt() != null ? token.getExpiresAt()
				: this.clock.instant().plus(this.properties.longestAccessTokenTtl());
		try {
			insert(token.getId(), null, utc(expires));
		}
		catch (DuplicateKeyException ex) {
			// Revoked already by a concurrent logout with the same token.
		}
		purge();
	}

	/**
	 * One sign-in ends: its refresh tokens, and its access tokens (those already handed
	 * out included) from the next request on.
	 */
	void revokeSession(String sessionId) {
		Instant now = this.clock.instant();
		this.jdbc.sql("UPDATE refresh_token SET revoked_at = :now WHERE family_id = :family AND revoked_at IS NULL")
			.param("now", utc(now))
			.param("family", sessionId)
			.update();
		String key = SESSION + sessionId;
		LocalDateTime expires = utc(now.plus(this.properties.longestAccessTokenTtl()));
		if (update(key, null, expires) == 0) {
			try {
				insert(key, null, expires);
			}
			catch (DuplicateKeyException ex) {
				// Revoked already by a concurrent logout or reuse.
			}
		}
		purge();
	}

	/**
	 * A password change or reset: the person's refresh tokens end (their access tokens
	 * end by the credential version, which moves on in the same transaction). A refresh
	 * that raced it is refused all the same: a refresh token carries the credential
	 * version of its sign-in.
	 */
	public void credentialsChanged(long employeeId) {
		endRefreshTokensOf(employeeId);
	}

	/**
	 * Every token the person holds stops working (deactivation), refresh tokens included.
	 * Tokens carry their issue time in whole seconds; those issued within the current
	 * second stay valid, so the token handed out right after a password change is not
	 * refused with the old ones.
	 */
	public void revokeAllOf(long employeeId) {
		Instant now = this.clock.instant();
		String key = PERSON + employeeId;
		LocalDateTime before = utc(now.truncatedTo(ChronoUnit.SECONDS));
		LocalDateTime expires = utc(now.plus(this.properties.longestAccessTokenTtl()));
		endRefreshTokensOf(employeeId);
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
	 * One statement per authenticated request: the person's credential version (a
	 * password change or reset ends every older token at once, whatever second it was
	 * issued in) and the revocation rows naming the token or the person (logout,
	 * deactivation), by primary keys.
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
		String session = token.getClaimAsString(AccessTokens.SESSION);
		if (session != null) {
			keys.add(SESSION + session);
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

	private void endRefreshTokensOf(long employeeId) {
		this.jdbc.sql("UPDATE refresh_token SET revoked_at = :now WHERE employee_id = :id AND revoked_at IS NULL")
			.param("now", utc(this.clock.instant()))
			.param("id", employeeId)
			.update();
	}

	private void insert(String key, LocalDateTime issuedBefore, LocalDateTime expires) {
		this.jdbc
			.sql("INSERT INTO revoked_token (token_key, issued_before, expires_at) VALUES (:key, :before, :expires)")
			.param("key", key)
			.param("before", issuedBefore)
			.param("expires", expires)
			.update();
	}

	private int update(String key, LocalDateTime issuedBefore, LocalDateTime expires) {
		return this.jdbc
			.sql("UPDATE revoked_token SET issued_before = :before, expires_at = :expires WHERE token_key = :key")
			.param("key", key)
			.param("before", issuedBefore)
			.param("expires", expires)
			.update();
	}

	private void purge() {
		this.jdbc.sql("DELETE FROM revoked_token WHERE expires_at < :now")
			.param("now", utc(this.clock.instant()))
			.update();
	}

	static LocalDateTime utc(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
