package app.tandem.company;

/** How the elapsed fraction of a period is counted (SPEC §7). */
public enum PaceBasis {

	/** Every calendar day counts. */
	CALENDAR_DAYS,
	/**
	 * Monday to Friday, minus the owner's non-working dates, plus worked weekend dates.
	 */
	WORKING_DAYS

}
