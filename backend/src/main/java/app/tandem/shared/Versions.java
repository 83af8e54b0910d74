package app.tandem.shared;

/**
 * Optimistic concurrency as clients see it: a write may carry the version of the record
 * its author last saw ({@code expectedVersion}); if the record changed since, the write
 * is refused with CONFLICT and changes nothing, so no one overwrites a change they never
 * saw.
 */
public final class Versions {

	private Versions() {
	}

	/**
	 * Refuses the write when {@code expected} is given and differs from the record's
	 * {@code current} version.
	 */
	public static void expect(Integer expected, long current, String record) {
		if (expected != null && expected != current) {
			throw TandemException
				.conflict("expectedVersion",
						"Someone changed this " + record + " meanwhile (now at version " + current
								+ "); reload and try again")
				.withCode(ErrorCode.VERSION_MISMATCH);
		}
	}

}
