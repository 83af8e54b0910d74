package app.tandem.handoffs;

/** Where a dispute stands: waiting for an owner, or ruled on. */
public enum DisputeStatus {

	OPEN, RESOLVED

}
