package app.tandem.handoffs;

/**
 * The owner's ruling: the NOT_TARGET mark stands, or the lead was a fair lead (its reason
 * becomes OTHER).
 */
public enum DisputeVerdict {

	UPHELD, OVERTURNED

}
