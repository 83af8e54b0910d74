package app.tandem.integrations;

import java.time.Instant;

/** One delivery as it came, and what became of it. */
record WebhookEvent(long id, long integrationId, String body, Instant receivedAt, Status status, int attempts,
		String lastError, Instant processedAt) {

	enum Status {

		PENDING, DONE, FAILED

	}

}
