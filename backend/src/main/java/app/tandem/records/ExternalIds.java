package app.tandem.records;

import app.tandem.shared.InputCheck;

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

}
