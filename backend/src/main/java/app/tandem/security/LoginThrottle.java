package app.tandem.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import app.tandem.shared.ErrorCode;
import app.tandem.shared.TandemException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Limits sign-in attempts that fail, per account and per client address, within a sliding
 * window. The attempts are rows in the database, not counters in memory, so every
 * instance of a scaled-out Tandem sees the same count. Keys are SHA-256 hashes: the table
 * holds no e-mail address (nor a password someone typed into the e-mail field).
 * <p>
 * An attempt is counted <em>before</em> its password is checked: {@link #start} locks one
 * row, counts, and records the attempt in one short transaction of its own, so parallel
 * wrong sign-ins are counted one after the other and no more than the limit ever reach a
 * password check. An attempt stays counted as a failure unless {@link #succeeded} takes
 * it back.
 */
@Component
public class LoginThrottle {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final LoginThrottleProperties limits;

	private final TransactionTemplate ownTransaction;

	LoginThrottle(JdbcClient jdbc, Clock clock, LoginThrottleProperties limits,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.limits = limits;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * The key of an account: the stored address of the employee the database found for
	 * the typed one (its collation ignores case and accents, so "bóss@" finds "boss@"),
	 * else the typed address; either with case and accents taken off. So every spelling
	 * that reaches an account shares its count, on H2 as on MySQL/MariaDB.
	 */
	public static String account(String storedEmail, String typedEmail) {
		String email = storedEmail != null ? storedEmail : typedEmail == null ? "" : typedEmail.strip();
		String bare = Normalizer.normalize(email, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
		return bare.toLowerCase(Locale.ROOT);
	}

	/**
	 * Counts one attempt for the account and the address, or refuses it, before any
	 * password is checked, when either has had the limit of failures (attempts not taken
	 * back) within the window; the answer is the same whether or not the account exists.
	 */
	public Attempt start(String account, String address) {
		Instant now = this.clock.instant();
		String accountKey = key("account", account);
		String addressKey = key("address", address);
		Attempt attempt = this.ownTransaction.execute((status) -> {
			this.jdbc.sql("SELECT id FROM login_throttle_lock WHERE id = 1 FOR UPDATE").query(Integer.class).single();
			refuseWhenLocked(now, accountKey, addressKey);
			insert(accountKey, now);
			return new Attempt(accountKey, insert(addressKey, now));
		});
		// Attempts that left the window count no more; dropping them keeps the table
		// small.
		this.jdbc.sql("DELETE FROM login_failure WHERE attempted_at <= :cutoff")
			.param("cutoff", utc(now.minus(this.limits.window())))
			.update();
		return attempt;
	}

	/**
	 * The password was right: the account's failures are forgotten, and this attempt no
	 * longer counts against the address (its other failures do: one account must not
	 * unlock others).
	 */
	public void succeeded(Attempt attempt) {
		this.jdbc.sql("DELETE FROM login_failure WHERE attempt_key = :account OR id = :address")
			.param("account", attempt.accountKey())
			.param("address", attempt.addressRow())
			.update();
	}

	private void refuseWhenLocked(Instant now, String accountKey, String addressKey) {
		List<Failure> failures = this.jdbc.sql("""
				SELECT attempt_key, attempted_at FROM login_failure
				WHERE attempt_key IN (:account, :address) AND attempted_at > :since ORDER BY attempted_at""")
			.param("account", accountKey)
			.param("address", addressKey)
			.param("since", utc(now.minus(this.limits.window())))
			.query((rs, row) -> new Failure(rs.getString(1), rs.getObject(2, LocalDateTime.class)))
			.list();
		Duration wait = Duration.ZERO;
		for (String key : List.of(accountKey, addressKey)) {
			List<LocalDateTime> times = failures.stream().filter((f) -> f.key().equals(key)).map(Failure::at).toList();
			if (times.size() >= this.limits.maxFailures()) {
				// Attempts reopen once enough of these failures have left the window.
				Instant reopens = times.get(times.size() - this.limits.maxFailures())
					.toInstant(ZoneOffset.UTC)
					.plus(this.limits.window());
				Duration left = Duration.between(now, reopens);
				wait = left.compareTo(wait) > 0 ? left : wait;
			}
		}
		if (!wait.isZero()) {
			long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
			throw TandemException
				.unauthorized(
						"Too many failed sign-ins; try again in " + minutes + (minutes == 1 ? " minute" : " minutes"))
				.withCode(ErrorCode.TOO_MANY_FAILED_SIGN_INS);
		}
	}

	private long insert(String key, Instant at) {
		KeyHolder id = new GeneratedKeyHolder();
		this.jdbc.sql("INSERT INTO login_failure (attempt_key, attempted_at) VALUES (:key, :at)")
			.param("key", key)
			.param("at", utc(at))
			.update(id, "id");
		return id.getKey().longValue();
	}

	private static String key(String kind, String value) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest((kind + ":" + (value == null ? "" : value)).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private static LocalDateTime utc(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/**
	 * One counted sign-in attempt: the account's key and the row that counts it against
	 * the address.
	 */
	public record Attempt(String accountKey, long addressRow) {
	}

	private record Failure(String key, LocalDateTime at) {
	}

}
