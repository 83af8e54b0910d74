package app.tandem.records;

import java.util.function.Supplier;

import app.tandem.shared.InputCheck;

import org.springframework.dao.DataIntegrityViolationException;

/** Source-system ids that make imports and retries idempotent. */
final class ExternalIds {

	private ExternalIds() {
	}

	static String normalize(String externalId) {
		if (externalId == null) {
			return null;
		}
		String trimmed = externalId.trim();
		return trimmed.isEmpty() ? null : trimmed;
	}

	static void check(InputCheck check, String externalId) {
		check.maxLength(externalId, 100, "externalId");
	}

	/**
	 * Records with an externalId, safe against a retry that arrives while the first
	 * attempt is still running (a phone that gave up waiting): the second insert hits the
	 * unique key, so it is run once more in a new transaction, which finds the first
	 * attempt's record and returns it when the content is the same (CONFLICT when it
	 * differs), instead of failing the retry.
	 */
	static <T> T recordOnce(String externalId, Supplier<T> record) {
		if (normalize(externalId) == null) {
			return record.get();
		}
		try {
			return record.get();
		}
		catch (DataIntegrityViolationException ex) {
			return record.get();
		}
	}

}
