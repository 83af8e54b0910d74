package app.tandem.security;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Refuses revoked tokens. Runs only after the other checks (expiry, issuer) passed, so an
 * expired or foreign token is refused without touching the database.
 */
final class RevocationCheck implements OAuth2TokenValidator<Jwt> {

	private static final OAuth2Error REVOKED = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "The token was revoked",
			null);

	private final OAuth2TokenValidator<Jwt> first;

	private final TokenRevocations revocations;

	RevocationCheck(OAuth2TokenValidator<Jwt> first, TokenRevocations revocations) {
		this.first = first;
		this.revocations = revocations;
	}

	@Override
	public OAuth2TokenValidatorResult validate(Jwt token) {
		OAuth2TokenValidatorResult result = this.first.validate(token);
		if (result.hasErrors()) {
			return result;
		}
		return this.revocations.isRevoked(token) ? OAuth2TokenValidatorResult.failure(REVOKED)
				: OAuth2TokenValidatorResult.success();
	}

}
