package app.tandem.records;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.graphql.data.ArgumentValue;

/**
 * Inputs of the record mutations, as in SPEC §5; other modules (imports) write through
 * them too.
 */
public final class RecordInputs {

	private RecordInputs() {
	}

	public record CreateChannelInput(String name, String marketerId) {
	}

	public record UpdateChannelInput(String id, Integer expectedVersion, ArgumentValue<String> name,
			ArgumentValue<Boolean> archived, ArgumentValue<String> marketerId, ArgumentValue<List<String>> aliases) {
	}

	public record UpdateSpendInput(String id, Integer expectedVersion, ArgumentValue<String> channelId,
			ArgumentValue<String> marketerId, ArgumentValue<LocalDate> day, ArgumentValue<BigDecimal> amount) {
	}

	public record UpdateLeadInput(String id, Integer expectedVersion, ArgumentValue<String> externalId,
			ArgumentValue<Instant> createdAt, ArgumentValue<String> channelId, ArgumentValue<String> marketerId,
			ArgumentValue<String> assigneeId, ArgumentValue<LeadStatus> status, ArgumentValue<LostReason> lostReason) {
	}

	public record UpdateClientInput(String id, Integer expectedVersion, ArgumentValue<String> name,
			ArgumentValue<String> accountManagerId) {
	}

	public record UpdateDealInput(String id, Integer expectedVersion, ArgumentValue<String> externalId,
			ArgumentValue<String> clientId, ArgumentValue<String> leadId, ArgumentValue<String> salespersonId,
			ArgumentValue<LocalDate> closedOn, ArgumentValue<BigDecimal> revenue, ArgumentValue<BigDecimal> cost) {
	}

	/**
	 * voidSpend, voidLead and voidDeal take the same fields (their input types differ by
	 * name only).
	 */
	public record VoidInput(String id, String reason, Integer expectedVersion) {
	}

	public record RecordSpendInput(String channelId, String marketerId, LocalDate day, BigDecimal amount) {
	}

	public record RecordLeadInput(String externalId, Instant createdAt, String channelId, String marketerId,
			String assigneeId) {
	}

	public record AssignLeadInput(String leadId, String assigneeId, Integer expectedVersion) {
	}

	public record CloseLeadInput(String leadId, LeadStatus status, LostReason lostReason, Integer expectedVersion) {
	}

	public record CreateClientInput(String name, String accountManagerId) {
	}

	public record RecordDealInput(String externalId, String clientId, String leadId, String salespersonId,
			LocalDate closedOn, BigDecimal revenue, BigDecimal cost) {
	}

}
