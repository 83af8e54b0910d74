package app.tandem.records;

/** The kinds of records whose changes are kept (SPEC §7). */
public enum RecordKind {

	LEAD, DEAL, SPEND, CLIENT, CHANNEL

}
