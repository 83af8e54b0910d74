package app.tandem.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Token settings (docs/security.md "Sessions"): the web session's access token lifetime
 * ({@code tokenTtl}, renewed while in use), a bearer client's access token lifetime
 * ({@code bearerTokenTtl}), the absolute lifetime of a sign-in ({@code refreshTokenTtl}:
 * a refresh token family, and the web session however often it is renewed), the HMAC
 * secret (Base64, at least 32 bytes) and the issuer.
 */
@ConfigurationProperties("tandem.security")
record SecurityProperties(Duration tokenTtl, Duration bearerTokenTtl, Duration refreshTokenTtl, String tokenSecret,
		String issuer) {

	SecurityProperties {
		tokenTtl = tokenTtl == null ? Duration.ofHours(12) : tokenTtl;
		bearerTokenTtl = bearerTokenTtl == null ? Duration.ofMinutes(15) : bearerTokenTtl;
		refreshTokenTtl = refreshTokenTtl == null ? Duration.ofDays(30) : refreshTokenTtl;
		issuer = issuer == null || issuer.isBlank() ? "tandem" : issuer;
	}

	/**
	 * How long a revocation row must outlive its writing: until the longest-lived access
	 * token has expired.
	 */
	Duration longestAccessTokenTtl() {
		return this.tokenTtl.compareTo(this.bearerTokenTtl) >= 0 ? this.tokenTtl : this.bearerTokenTtl;
	}

}
