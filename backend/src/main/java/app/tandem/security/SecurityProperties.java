package app.tandem.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Bearer-token settings: lifetime, the HMAC secret (Base64, at least 32 bytes) and the issuer. */
@ConfigurationProperties("tandem.security")
record SecurityProperties(Duration tokenTtl, String tokenSecret, String issuer) {

	SecurityProperties {
		tokenTtl = tokenTtl == null ? Duration.ofHours(12) : tokenTtl;
		issuer = issuer == null || issuer.isBlank() ? "tandem" : issuer;
	}

}
