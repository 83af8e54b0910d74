package app.tandem.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code refresh_token} table. A token is 32 random bytes (Base64url, 43 characters)
 * that exists only in the client's hands; the table keeps its SHA-256, which is what a
 * token is looked up by. As the tokens are random, an indexed lookup by hash reveals
 * nothing a guesser could use: there is no prefix to home in on.
 */
@Component
class RefreshTokens {

	/**
	 * Longer than any token this class hands out; longer input is refused before it is
	 * hashed.
	 */
	static final int MAX_LENGTH = 100;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	RefreshTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One stored token, as read (and locked) for a refresh. */
	record Stored(long id, String familyId, long employeeId, long credentialVersion, Instant expiresAt, Instant usedAt,
			Instant revokedAt) {
	}

	static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Stores {@code token} as a member of {@code familyId}; returns nothing a client
	 * needs.
	 */
	void store(String token, String familyId, Long parentId, long employeeId, long credentialVersion, Instant now,
			Instant expiresAt) {
		this.jdbc
			.sql("""
					INSERT INTO refresh_token (token_hash, family_id, parent_id, employee_id, credential_version, created_at,
					  expires_at) VALUES (:hash, :family, :parent, :employee, :version, :now, :expires)""")
			.param("hash", hash(token))
			.param("family", familyId)
			.param("parent", parentId)
			.param("employee", employeeId)
			.param("version", credentialVersion)
			.param("now", TokenRevocations.utc(now))
			.param("expires", TokenRevocations.utc(expiresAt))
			.update();
	}

	/**
	 * The token's row, locked until the transaction ends: two refreshes with one token
	 * are taken one at a time.
	 */
	Optional<Stored> lock(String token) {
		return this.jdbc.sql("""
				SELECT id, family_id, employee_id, credential_version, expires_at, used_at, revoked_at
				FROM refresh_token WHERE token_hash = :hash FOR UPDATE""")
			.param("hash", hash(token))
			.query((rs, row) -> new Stored(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
					instant(rs.getObject(5, LocalDateTime.class)), instant(rs.getObject(6, LocalDateTime.class)),
					instant(rs.getObject(7, LocalDateTime.class))))
			.optional();
	}

	void markUsed(long id, Instant now) {
		this.jdbc.sql("UPDATE refresh_token SET used_at = :now WHERE id = :id")
			.param("now", TokenRevocations.utc(now))
			.param("id", id)
			.update();
	}

	/**
	 * Whether the person may still hold a session: active, and the password unchanged
	 * since the sign-in.
	 */
	boolean stillValid(long employeeId, long credentialVersion) {
		return this.jdbc.sql("SELECT active, credential_version FROM employee WHERE id = :id")
			.param("id", employeeId)
			.query((rs, row) -> rs.getBoolean(1) && rs.getLong(2) == credentialVersion)
			.optional()
			.orElse(false);
	}

	/**
	 * Families past their absolute lifetime are of no use to anyone, reuse detection
	 * included.
	 */
	void purgeExpired(Instant now) {
		this.jdbc.sql("DELETE FROM refresh_token WHERE expires_at < :now")
			.param("now", TokenRevocations.utc(now))
			.update();
	}

	private static Instant instant(LocalDateTime utc) {
		return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
	}

}
