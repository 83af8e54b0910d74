package app.tandem.records;

/** Why a lead was lost; NOT_TARGET is sales saying "bad lead". */
public enum LostReason {

	NOT_TARGET, NO_BUDGET, NO_RESPONSE, COMPETITOR, OTHER

}
