package app.tandem.handoffs;

/** The inputs of the dispute mutations; every field is checked by DisputeService. */
final class DisputeInputs {

	private DisputeInputs() {
	}

	record ContestLostReasonInput(String leadId, String comment) {
	}

	record ResolveDisputeInput(String disputeId, DisputeVerdict verdict, String comment) {
	}

}
