package app.tandem.integrations;

import java.time.Instant;

/**
 * A door for one source's webhooks. {@code secret} and {@code hookUrl} are known only in
 * the answer that created or rotated it (null otherwise): the database keeps the secret's
 * SHA-256 alone.
 */
record Integration(long id, IntegrationKind kind, String name, boolean active, long createdBy, Instant createdAt,
		String secret, String hookUrl) {

	Integration withSecret(String secret, String hookUrl) {
		return new Integration(this.id, this.kind, this.name, this.active, this.createdBy, this.createdAt, secret,
				hookUrl);
	}

}
