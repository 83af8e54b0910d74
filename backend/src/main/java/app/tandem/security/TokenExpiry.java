package app.tandem.security;

import java.time.Clock;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * The token's time checks ({@code exp}, {@code nbf}), telling an expired token from every
 * other bad one: a client answered TOKEN_EXPIRED refreshes its session (refreshSession)
 * and retries, where TOKEN_INVALID means signing in again. Only a token whose signature
 * and issuer were good can be "expired": a forged one is invalid whatever its {@code exp}
 * says.
 */
final class TokenExpiry implements OAuth2TokenValidator<Jwt> {

	private static final String EXPIRED = "The token has expired";

	private final Clock clock;

	TokenExpiry(Clock clock) {
		this.clock = clock;
	}

	@Override
	public OAuth2TokenValidatorResult validate(Jwt token) {
		if (token.getExpiresAt() != null && !this.clock.instant().isBefore(token.getExpiresAt())) {
			return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, EXPIRED, null));
		}
		if (token.getNotBefore() != null && this.clock.instant().isBefore(token.getNotBefore())) {
			return OAuth2TokenValidatorResult
				.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "The token is not valid yet", null));
		}
		return OAuth2TokenValidatorResult.success();
	}

	/** Whether the refusal is for an expired, otherwise good token (and only that). */
	static boolean expired(AuthenticationException refusal) {
		for (Throwable cause = refusal; cause != null; cause = cause.getCause()) {
			if (cause instanceof JwtValidationException invalid) {
				return !invalid.getErrors().isEmpty()
						&& invalid.getErrors().stream().allMatch((error) -> EXPIRED.equals(error.getDescription()));
			}
		}
		return false;
	}

}
