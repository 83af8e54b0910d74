package app.tandem.records;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.graphql.data.ArgumentValue;

/** Inputs of the record mutations, as in SPEC §5. */
final class RecordInputs {

	private RecordInputs() {
	}

	record CreateChannelInput(String name, String marketerId) {
	}

	record UpdateChannelInput(String id, Integer expectedVersion, ArgumentValue<String> name,
			ArgumentValue<Boolean> archived, ArgumentValue<String> marketerId) {
	}

	record UpdateSpendInput(String id, Integer expectedVersion, ArgumentValue<String> channelId,
			ArgumentValue<String> marketerId, ArgumentValue<LocalDate> day, ArgumentValue<BigDecimal> amount) {
	}

	record UpdateLeadInput(String id, Integer expectedVersion, ArgumentValue<String> externalId,
			ArgumentValue<Instant> createdAt, ArgumentValue<String> channelId, ArgumentValue<String> marketerId,
			ArgumentValue<String> assigneeId, ArgumentValue<LeadStatus> status, ArgumentValue<LostReason> lostReason) {
	}

	record UpdateClientInput(String id, Integer expectedVersion, ArgumentValue<String> name,
			ArgumentValue<String> accountManagerId) {
	}

	record UpdateDealInput(String id, Integer expectedVersion, ArgumentValue<String> externalId,
			ArgumentValue<String> clientId, ArgumentValue<String> leadId, ArgumentValue<String> salespersonId,
			ArgumentValue<LocalDate> closedOn, ArgumentValue<BigDecimal> revenue, ArgumentValue<BigDecimal> cost) {
	}

	/** voidSpend, voidLead and voidDeal take the same fields (their input types differ by name only). */
	record VoidInput(String id, String reason, Integer expectedVersion) {
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
