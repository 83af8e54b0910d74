package app.tandem.records;

public enum LeadStatus {

	OPEN, WON, LOST

}
