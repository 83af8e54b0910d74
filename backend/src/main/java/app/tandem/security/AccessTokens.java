package app.tandem.security;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Issues signed, expiring bearer tokens and tells whose token the current request
 * carries.
 */
@Component
public class AccessTokens {

	private final JwtEncoder encoder;

	private final SecurityProperties properties;

	private final Clock clock;

	private final TokenRevocations revocations;

	AccessTokens(JwtEncoder encoder, SecurityProperties properties, Clock clock, TokenRevocations revocations) {
		this.encoder = encoder;
		this.properties = properties;
		this.clock = clock;
		this.revocations = revocations;
	}

	/**
	 * The name of the claim that carries the credential version (see TokenRevocations).
	 */
	static final String CREDENTIALS = "cv";

	/**
	 * The claim naming the sign-in a token belongs to (a refresh token family or a web
	 * session).
	 */
	static final String SESSION = "sid";

	/** When the person signed in (OpenID Connect's name), in epoch seconds. */
	static final String SESSION_STARTED = "auth_time";

	/**
	 * A token for someone whose credentials were not just checked (tests, tools): their
	 * current version.
	 */
	public IssuedToken issue(long employeeId) {
		return issue(employeeId, this.revocations.credentialVersion(employeeId));
	}

	/**
	 * A token bound to {@code credentialVersion}, read together with the password it was
	 * checked against.
	 */
	public IssuedToken issue(long employeeId, long credentialVersion) {
		Instant now = now();
		return issue(employeeId, credentialVersion, null, now, now.plus(this.properties.tokenTtl()));
	}

	/**
	 * A token of the sign-in {@code sessionId} (a refresh token family, or a web
	 * session): logout ends every token of the session at once, however often it was
	 * refreshed or renewed (TokenRevocations). {@code sessionStarted} is when the person
	 * proved who they are; the web session's renewals keep it, so its absolute lifetime
	 * can be kept.
	 */
	IssuedToken issue(long employeeId, long credentialVersion, String sessionId, Instant sessionStarted,
			Instant expiresAt) {
		JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
			.issuer(this.properties.issuer())
			.subject(Long.toString(employeeId))
			// An id of its own, so that logout can revoke this one token
			// (TokenRevocations).
			.id(UUID.randomUUID().toString())
			.claim(CREDENTIALS, credentialVersion)
			.claim(SESSION_STARTED, sessionStarted.getEpochSecond())
			.issuedAt(now())
			.expiresAt(expiresAt);
		if (sessionId != null) {
			claims.claim(SESSION, sessionId);
		}
		String token = this.encoder
			.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()))
			.getTokenValue();
		return new IssuedToken(token, expiresAt);
	}

	Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
	}

	/** The employee id of the current request's verified token, if it carries one. */
	public static Optional<Long> currentEmployeeId() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof JwtAuthenticationToken jwt) {
			try {
				return Optional.of(Long.parseLong(jwt.getToken().getSubject()));
			}
			catch (NumberFormatException ex) {
				return Optional.empty();
			}
		}
		return Optional.empty();
	}

	/**
	 * Runs {@code work} as {@code employeeId} outside any request (a webhook processed in
	 * the background acts as the owner who set its integration up): every access check
	 * then reads that person, as for their own request.
	 */
	public static <T> T actingAs(long employeeId, java.util.function.Supplier<T> work) {
		org.springframework.security.core.context.SecurityContext previous = SecurityContextHolder.getContext();
		org.springframework.security.core.context.SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new JwtAuthenticationToken(
				org.springframework.security.oauth2.jwt.Jwt.withTokenValue("background:" + employeeId)
					.header("alg", "none")
					.subject(Long.toString(employeeId))
					.build()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	public record IssuedToken(String value, Instant expiresAt) {
	}

}
