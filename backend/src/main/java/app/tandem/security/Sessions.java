package app.tandem.security;

import java.time.Instant;
import java.util.UUID;

import app.tandem.security.AccessTokens.IssuedToken;
import app.tandem.shared.ErrorCode;
import app.tandem.shared.TandemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-ins (docs/security.md "Sessions"). A bearer (mobile) client gets a 15-minute
 * access token and a refresh token; {@link #refresh} rotates the refresh token (OAuth 2.0
 * Security BCP §4.14): a new pair, the old token used up, and a used-up token presented
 * again ends its whole family, the access tokens included — one of the two presenters is
 * a thief, and the server cannot tell which. The web app gets a longer access token in
 * its HttpOnly cookie, renewed while in use ({@link WebSession}), and no refresh token.
 */
@Component
public class Sessions {

	private static final Logger log = LoggerFactory.getLogger(Sessions.class);

	private static final String REFUSED = "The refresh token is not valid (unknown, expired, revoked or used already);"
			+ " sign in again";

	private final AccessTokens tokens;

	private final RefreshTokens refreshTokens;

	private final TokenRevocations revocations;

	private final SecurityProperties properties;

	private final TransactionTemplate transactions;

	Sessions(AccessTokens tokens, RefreshTokens refreshTokens, TokenRevocations revocations,
			SecurityProperties properties, PlatformTransactionManager transactionManager) {
		this.tokens = tokens;
		this.refreshTokens = refreshTokens;
		this.revocations = revocations;
		this.properties = properties;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/**
	 * What a sign-in or a refresh hands out; {@code refreshToken} is null for the web
	 * app.
	 */
	public record Session(IssuedToken accessToken, IssuedToken refreshToken) {
	}

	/** A refreshed session and whose it is. */
	public record Refreshed(long employeeId, Session session) {
	}

	/**
	 * A new sign-in of {@code employeeId}, whose password was checked against
	 * {@code credentialVersion}. The web app's session lives in its cookie and is renewed
	 * there; everyone else gets a refresh token.
	 */
	public Session start(long employeeId, long credentialVersion, boolean webApp) {
		String family = UUID.randomUUID().toString();
		Instant now = this.tokens.now();
		Instant end = now.plus(this.properties.refreshTokenTtl());
		if (webApp) {
			Instant expires = min(now.plus(this.properties.tokenTtl()), end);
			return new Session(this.tokens.issue(employeeId, credentialVersion, family, now, expires), null);
		}
		String refreshToken = RefreshTokens.newToken();
		this.transactions.executeWithoutResult((status) -> {
			this.refreshTokens.purgeExpired(now);
			this.refreshTokens.store(refreshToken, family, null, employeeId, credentialVersion, now, end);
		});
		return new Session(bearerToken(employeeId, credentialVersion, family, now, end),
				new IssuedToken(refreshToken, end));
	}

	/**
	 * A new access token and refresh token for {@code refreshToken}, which is used up.
	 * Every refusal is the same INVALID_REFRESH_TOKEN, so the answer tells a guesser
	 * nothing; a reuse also ends the family (committed before the refusal is thrown) and
	 * is logged as a security event.
	 */
	public Refreshed refresh(String refreshToken) {
		if (refreshToken == null || refreshToken.isEmpty() || refreshToken.length() > RefreshTokens.MAX_LENGTH) {
			throw refused();
		}
		Instant now = this.tokens.now();
		Refreshed refreshed = this.transactions.execute((status) -> rotate(refreshToken, now));
		if (refreshed == null) {
			throw refused();
		}
		return refreshed;
	}

	private Refreshed rotate(String refreshToken, Instant now) {
		RefreshTokens.Stored stored = this.refreshTokens.lock(refreshToken).orElse(null);
		if (stored == null || stored.revokedAt() != null || !now.isBefore(stored.expiresAt())) {
			return null;
		}
		if (stored.usedAt() != null) {
			log.warn("SECURITY refresh token reuse: family {} of employee {} ended (token used at {}, presented again)",
					stored.familyId(), stored.employeeId(), stored.usedAt());
			this.revocations.revokeSession(stored.familyId());
			return null;
		}
		if (!this.refreshTokens.stillValid(stored.employeeId(), stored.credentialVersion())) {
			// Deactivated, or the password changed since the sign-in: those already ended
			// the family; make sure.
			this.revocations.revokeSession(stored.familyId());
			return null;
		}
		this.refreshTokens.markUsed(stored.id(), now);
		String next = RefreshTokens.newToken();
		this.refreshTokens.store(next, stored.familyId(), stored.id(), stored.employeeId(), stored.credentialVersion(),
				now, stored.expiresAt());
		IssuedToken access = bearerToken(stored.employeeId(), stored.credentialVersion(), stored.familyId(), now,
				stored.expiresAt());
		return new Refreshed(stored.employeeId(), new Session(access, new IssuedToken(next, stored.expiresAt())));
	}

	private IssuedToken bearerToken(long employeeId, long credentialVersion, String family, Instant now, Instant end) {
		Instant expires = min(now.plus(this.properties.bearerTokenTtl()), end);
		return this.tokens.issue(employeeId, credentialVersion, family, now, expires);
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	private static TandemException refused() {
		return TandemException.unauthorized(REFUSED).withCode(ErrorCode.INVALID_REFRESH_TOKEN);
	}

}
