package app.tandem.integrations;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

import app.tandem.records.DealService;
import app.tandem.records.LeadService;
import app.tandem.records.RecordInputs.RecordDealInput;
import app.tandem.records.RecordInputs.RecordLeadInput;
import app.tandem.shared.TandemException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The generic webhook's JSON (docs/integrations.md): {@code {"type": "lead" | "deal",
 * ...the record-input fields}}, written through the records module's own
 * {@code recordLead} / {@code recordDeal}, so every rule of a hand-typed record holds and
 * the same externalId twice is the same record. A deal may name its lead by
 * {@code leadExternalId}; one whose lead has not arrived yet waits for it (a retry), so
 * out-of-order deliveries settle by themselves.
 */
@Component
class GenericEvents {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final LeadService leads;

	private final DealService deals;

	GenericEvents(LeadService leads, DealService deals) {
		this.leads = leads;
		this.deals = deals;
	}

	/**
	 * Checks the shape on arrival (a malformed body is refused, not stored) and names the
	 * record it is about.
	 */
	String recordKey(String body) {
		Map<String, Object> event = parse(body);
		String type = text(event, "type");
		if (!"lead".equals(type) && !"deal".equals(type)) {
			throw new BadEvent("type must be \"lead\" or \"deal\"");
		}
		String externalId = text(event, "externalId");
		if (externalId == null || externalId.isBlank() || externalId.length() > 100) {
			throw new BadEvent("externalId is required (1 to 100 characters): it makes a delivery idempotent");
		}
		return type + ":" + externalId;
	}

	/**
	 * Writes the record; runs as the integration's owner inside the worker's transaction.
	 */
	void apply(String body) {
		Map<String, Object> event = parse(body);
		if ("lead".equals(text(event, "type"))) {
			this.leads.record(new RecordLeadInput(text(event, "externalId"), instant(event, "createdAt"),
					text(event, "channelId"), text(event, "marketerId"), text(event, "assigneeId")));
			return;
		}
		String leadId = text(event, "leadId");
		String leadExternalId = text(event, "leadExternalId");
		if (leadId == null && leadExternalId != null) {
			leadId = this.leads.byExternalId(leadExternalId)
				.map((lead) -> Long.toString(lead.getId()))
				.orElseThrow(() -> new NotYet("No lead with externalId " + leadExternalId + " yet"));
		}
		this.deals.record(new RecordDealInput(text(event, "externalId"), text(event, "clientId"), leadId,
				text(event, "salespersonId"), date(event, "closedOn"), money(event, "revenue"), money(event, "cost")));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> parse(String body) {
		try {
			Object value = JSON.readValue(body, Object.class);
			if (value instanceof Map<?, ?> map) {
				return (Map<String, Object>) map;
			}
		}
		catch (JacksonException ex) {
			throw new BadEvent("The body is not JSON: " + ex.getOriginalMessage());
		}
		throw new BadEvent("The body must be a JSON object");
	}

	private static String text(Map<String, Object> event, String field) {
		Object value = event.get(field);
		return value == null ? null : value.toString();
	}

	private static Instant instant(Map<String, Object> event, String field) {
		String value = text(event, field);
		try {
			return value == null ? null : OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			throw TandemException.badInput(field,
					field + " must be an ISO-8601 date-time with offset, e.g. 2026-11-14T10:00:00+03:00");
		}
	}

	private static LocalDate date(Map<String, Object> event, String field) {
		String value = text(event, field);
		try {
			return value == null ? null : LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw TandemException.badInput(field, field + " must be a date such as 2026-11-14");
		}
	}

	private static BigDecimal money(Map<String, Object> event, String field) {
		String value = text(event, field);
		try {
			return value == null ? null : new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			throw TandemException.badInput(field, field + " must be a number such as \"1234.50\"");
		}
	}

	/** A body Tandem cannot read: refused on arrival. */
	static final class BadEvent extends RuntimeException {

		BadEvent(String message) {
			super(message);
		}

	}

	/** What the event needs has not arrived yet: try again later. */
	static final class NotYet extends RuntimeException {

		NotYet(String message) {
			super(message);
		}

	}

}
