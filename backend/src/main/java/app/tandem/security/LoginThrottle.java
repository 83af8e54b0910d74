package app.tandem.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

import app.tandem.shared.TandemException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Limits failed sign-ins per account and per client address within a sliding window. The
 * failures are rows in the database, not counters in memory, so every instance of a scaled-out
 * Tandem sees the same count. Keys are SHA-256 hashes: the table holds no e-mail address (nor a
 * password someone typed into the e-mail field). Each statement commits on its own, outside the
 * caller's transaction, so a failure is recorded even though the sign-in is then refused.
 */
@Component
public class LoginThrottle {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final LoginThrottleProperties limits;

	LoginThrottle(JdbcClient jdbc, Clock clock, LoginThrottleProperties limits) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.limits = limits;
	}

	/**
	 * Refuses the attempt, before any password is checked, when the account or the address has
	 * had too many failures lately; the answer is the same whether or not the account exists.
	 */
	public void check(String account, String address) {
		Instant now = this.clock.instant();
		String accountKey = key("account", account);
		String addressKey = key("address", address);
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
			throw TandemException.unauthorized(
					"Too many failed sign-ins; try again in " + minutes + (minutes == 1 ? " minute" : " minutes"));
		}
	}

	/** A wrong password or an unknown account: one more failure for both the account and the address. */
	public void failed(String account, String address) {
		LocalDateTime now = utc(this.clock.instant());
		this.jdbc.sql("INSERT INTO login_failure (attempt_key, attempted_at) VALUES (:account, :at), (:address, :at)")
			.param("account", key("account", account))
			.param("address", key("address", address))
			.param("at", now)
			.update();
		// Failures that left the window count no more; dropping them keeps the table small.
		this.jdbc.sql("DELETE FROM login_failure WHERE attempted_at <= :cutoff")
			.param("cutoff", now.minus(this.limits.window()))
			.update();
	}

	/** A successful sign-in clears the account's failures (not the address's: one account must not unlock others). */
	public void succeeded(String account) {
		this.jdbc.sql("DELETE FROM login_failure WHERE attempt_key = :account")
			.param("account", key("account", account))
			.update();
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

	private record Failure(String key, LocalDateTime at) {
	}

}
