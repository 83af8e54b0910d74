package app.tandem.records;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Inputs of the record mutations, as in SPEC §5. */
final class RecordInputs {

	private RecordInputs() {
	}

	record CreateChannelInput(String name) {
	}

	record RecordSpendInput(String channelId, String marketerId, LocalDate day, BigDecimal amount) {
	}

	record RecordLeadInput(String externalId, Instant createdAt, String channelId, String marketerId,
			String assigneeId) {
	}

	record AssignLeadInput(String leadId, String assigneeId, Integer expectedVersion) {
	}

	record CloseLeadInput(String leadId, LeadStatus status, LostReason lostReason, Integer expectedVersion) {
	}

	record CreateClientInput(String name, String accountManagerId) {
	}

	record RecordDealInput(String externalId, String clientId, String leadId, String salespersonId, LocalDate closedOn,
			BigDecimal revenue, BigDecimal cost) {
	}

}
