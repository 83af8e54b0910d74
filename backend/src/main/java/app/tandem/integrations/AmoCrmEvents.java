package app.tandem.integrations;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import app.tandem.imports.ImportSettings;
import app.tandem.integrations.AmoCrmMapping.Meaning;
import app.tandem.records.Channel;
import app.tandem.records.ChannelService;
import app.tandem.records.Client;
import app.tandem.records.ClientService;
import app.tandem.records.Deal;
import app.tandem.records.DealCorrections;
import app.tandem.records.DealService;
import app.tandem.records.Lead;
import app.tandem.records.LeadCorrections;
import app.tandem.records.LeadService;
import app.tandem.records.LeadStatus;
import app.tandem.records.LostReason;
import app.tandem.records.RecordInputs.CreateClientInput;
import app.tandem.records.RecordInputs.RecordDealInput;
import app.tandem.records.RecordInputs.RecordLeadInput;
import app.tandem.records.RecordInputs.UpdateDealInput;
import app.tandem.records.RecordInputs.UpdateLeadInput;
import app.tandem.records.RecordInputs.VoidInput;
import app.tandem.shared.CompanyCalendar;
import app.tandem.shared.TandemException;

import org.springframework.graphql.data.ArgumentValue;
import org.springframework.stereotype.Component;

/**
 * One amoCRM lead's event (docs/integrations.md "Connect amoCRM"), written through the
 * records module's own operations like an imported amoCRM row: the lead is
 * {@code amocrm:<id>} (the import's external id, so a file and the webhooks meet on the
 * same records), its channel from its source, its assignee from its responsible user,
 * created at {@code date_create}; status 142 records its deal (revenue = price, cost =
 * the "Себестоимость" field or the mapping's cost share of it), 143 loses it. Every add,
 * update and status event carries the whole lead, so each is applied as "the lead is now
 * like this": an update arriving before its add creates the lead, and an older state
 * arriving after a newer one ({@code last_modified}) changes nothing.
 */
@Component
class AmoCrmEvents {

	static final String PREFIX = "amocrm:";

	private static final String[] SOURCE_FIELDS = { "utm_source", "Источник", "source" };

	private static final String[] CLIENT_FIELDS = { "Компания", "Клиент", "company", "client" };

	private static final String[] COST_FIELDS = { "Себестоимость", "cost" };

	private static final String[] LOST_REASON_FIELDS = { "Причина отказа", "loss_reason" };

	private final LeadService leads;

	private final LeadCorrections leadCorrections;

	private final DealService deals;

	private final DealCorrections dealCorrections;

	private final ClientService clients;

	private final ChannelService channels;

	private final AmoCrmMappings mappings;

	private final CompanyCalendar calendar;

	private final Set<String> notTargetReasons;

	AmoCrmEvents(LeadService leads, LeadCorrections leadCorrections, DealService deals, DealCorrections dealCorrections,
			ClientService clients, ChannelService channels, AmoCrmMappings mappings, CompanyCalendar calendar,
			ImportSettings imports) {
		this.leads = leads;
		this.leadCorrections = leadCorrections;
		this.deals = deals;
		this.dealCorrections = dealCorrections;
		this.clients = clients;
		this.channels = channels;
		this.mappings = mappings;
		this.calendar = calendar;
		this.notTargetReasons = imports.notTargetReasons().stream().map(AmoCrmForm::key).collect(Collectors.toSet());
	}

	/**
	 * Applies one stored part; runs as the integration's owner inside the worker's
	 * transaction.
	 */
	void apply(Integration integration, String body) {
		AmoCrmForm.Lead event = AmoCrmForm.read(body);
		long amoId = Long.parseLong(event.field("id"));
		String externalId = PREFIX + amoId;
		AmoCrmMappings.LeadState state = this.mappings.state(integration.id(), amoId).orElse(null);
		Long modified = number(event, "last_modified");
		if (state != null && (state.deleted() && !"restore".equals(event.action())
				|| modified != null && modified < state.lastModified())) {
			// Deleted in amoCRM, or a newer state is applied already: this older one
			// changes nothing.
			return;
		}
		if ("delete".equals(event.action())) {
			this.leads.byExternalId(externalId)
				.filter((lead) -> !lead.isVoided())
				.ifPresent((lead) -> this.leadCorrections
					.voidLead(new VoidInput(Long.toString(lead.getId()), "Deleted in amoCRM", null)));
			this.mappings.state(integration.id(), amoId,
					new AmoCrmMappings.LeadState(state == null ? 0 : state.lastModified(), true));
			return;
		}
		AmoCrmMapping mapping = this.mappings.of(integration.id());
		Meaning meaning = meaning(event, mapping);
		Long assignee = assignee(event, mapping);
		Lead lead = this.leads.byExternalId(externalId).orElse(null);
		if (lead == null) {
			lead = create(event, externalId, mapping, assignee);
		}
		else if (lead.isVoided()) {
			throw TandemException.badInput("id",
					"Lead " + externalId + " is voided in Tandem; amoCRM's changes to it " + "are not applied");
		}
		else if (assignee != null && !assignee.equals(lead.getAssigneeId()) && !lead.isConverted()) {
			lead = this.leadCorrections.update(patch(lead, ArgumentValue.ofNullable(Long.toString(assignee)),
					ArgumentValue.omitted(), ArgumentValue.omitted()));
		}
		settle(event, externalId, lead, meaning, assignee, mapping);
		this.mappings.state(integration.id(), amoId, new AmoCrmMappings.LeadState(
				modified == null ? (state == null ? 0 : state.lastModified()) : modified, false));
	}

	private Meaning meaning(AmoCrmForm.Lead event, AmoCrmMapping mapping) {
		Long status = number(event, "status_id");
		if (status == null) {
			throw TandemException.badInput("status_id",
					"amoCRM lead " + event.field("id") + " came without its status_id");
		}
		Meaning meaning = mapping.meaningOf(status);
		if (meaning == null) {
			String pipeline = event.field("pipeline_id");
			throw TandemException.badInput("status_id",
					"amoCRM status " + status + (pipeline == null ? "" : " (pipeline " + pipeline + ")")
							+ " is not mapped: give it a meaning in Settings → Integrations, then try again");
		}
		return meaning;
	}

	private Long assignee(AmoCrmForm.Lead event, AmoCrmMapping mapping) {
		Long user = number(event, "responsible_user_id");
		if (user == null || user == 0) {
			return null;
		}
		Long employee = mapping.employeeOf(user);
		if (employee == null) {
			throw TandemException.badInput("responsible_user_id", "amoCRM user " + user
					+ " is not mapped to a Tandem employee: map it in Settings → Integrations, then try again");
		}
		return employee;
	}

	private Lead create(AmoCrmForm.Lead event, String externalId, AmoCrmMapping mapping, Long assignee) {
		String source = event.custom(SOURCE_FIELDS);
		if (source == null) {
			throw TandemException.badInput("custom_fields", "amoCRM lead " + event.field("id")
					+ " has no source: Tandem reads the custom field utm_source (else Источник) to find its channel");
		}
		Channel channel = channel(source, mapping);
		if (channel.getMarketerId() == null) {
			throw TandemException.badInput("custom_fields", "Channel \"" + channel.getName() + "\" (amoCRM source \""
					+ source + "\") has no marketer; give it one in Tandem first");
		}
		Long created = number(event, "date_create");
		Instant createdAt = created == null ? null : Instant.ofEpochSecond(created);
		return this.leads.record(new RecordLeadInput(externalId, createdAt, Long.toString(channel.getId()),
				Long.toString(channel.getMarketerId()), assignee == null ? null : Long.toString(assignee)));
	}

	/**
	 * The mapped channel, else the channel with this name or alias (as a file import
	 * finds it).
	 */
	private Channel channel(String source, AmoCrmMapping mapping) {
		Long mapped = mapping.channelOf(source);
		List<Channel> all = this.channels.all();
		String key = AmoCrmForm.key(source);
		return all.stream()
			.filter((c) -> mapped != null ? c.getId().equals(mapped)
					: AmoCrmForm.key(c.getName()).equals(key)
							|| c.getAliases().stream().anyMatch((alias) -> AmoCrmForm.key(alias).equals(key)))
			.findFirst()
			.orElseThrow(() -> TandemException.badInput("custom_fields", "amoCRM source \"" + source
					+ "\" is not mapped to a channel: map it in Settings → Integrations (or add it as a channel's alias), "
					+ "then try again"));
	}

	private void settle(AmoCrmForm.Lead event, String externalId, Lead lead, Meaning meaning, Long assignee,
			AmoCrmMapping mapping) {
		if (meaning == Meaning.WON) {
			won(event, externalId, lead, assignee, mapping);
			return;
		}
		if (lead.isConverted()) {
			throw TandemException.badInput("status_id", "Lead " + externalId
					+ " has a deal in Tandem, so it is WON there; " + "void that deal first to make it " + meaning);
		}
		LeadStatus status = meaning == Meaning.IN_WORK ? LeadStatus.OPEN : LeadStatus.LOST;
		LostReason reason = switch (meaning) {
			case NOT_TARGET -> LostReason.NOT_TARGET;
			case LOST -> {
				String text = event.custom(LOST_REASON_FIELDS);
				yield text != null && this.notTargetReasons.contains(AmoCrmForm.key(text)) ? LostReason.NOT_TARGET
						: LostReason.OTHER;
			}
			default -> null;
		};
		// The CRM does not know Tandem's dispute ruling: a lead amoCRM still calls
		// NOT_TARGET keeps the ruling.
		if (lead.isMarkOverturned() && reason == LostReason.NOT_TARGET) {
			reason = LostReason.OTHER;
		}
		if (lead.getStatus() == status && lead.getLostReason() == reason) {
			return;
		}
		this.leadCorrections.update(patch(lead, ArgumentValue.omitted(), ArgumentValue.ofNullable(status),
				ArgumentValue.ofNullable(reason)));
	}

	private void won(AmoCrmForm.Lead event, String externalId, Lead lead, Long assignee, AmoCrmMapping mapping) {
		BigDecimal revenue = money(event, "price");
		if (revenue == null || revenue.signum() <= 0) {
			throw TandemException.badInput("price", "amoCRM lead " + event.field("id")
					+ " is won (status 142) without a price (budget): set its budget in amoCRM, then try again");
		}
		BigDecimal cost = cost(event, revenue, mapping);
		Deal deal = this.deals.byExternalId(externalId).orElse(null);
		if (deal != null) {
			if (deal.isVoided() || deal.getRevenue().compareTo(revenue) == 0 && deal.getCost().compareTo(cost) == 0) {
				return;
			}
			this.dealCorrections.update(new UpdateDealInput(Long.toString(deal.getId()), null, ArgumentValue.omitted(),
					ArgumentValue.omitted(), ArgumentValue.omitted(), ArgumentValue.omitted(), ArgumentValue.omitted(),
					ArgumentValue.ofNullable(revenue), ArgumentValue.ofNullable(cost)));
			return;
		}
		if (lead.isConverted()) {
			// Won in Tandem already, by a deal recorded there.
			return;
		}
		Long salesperson = assignee != null ? assignee : lead.getAssigneeId();
		if (salesperson == null) {
			throw TandemException.badInput("responsible_user_id", "amoCRM lead " + event.field("id")
					+ " is won but has no responsible user: a deal needs its salesperson");
		}
		Long modified = number(event, "last_modified");
		LocalDate closedOn = modified == null ? this.calendar.today()
				: Instant.ofEpochSecond(modified).atZone(this.calendar.zone()).toLocalDate();
		this.deals.record(new RecordDealInput(externalId, Long.toString(client(event)), Long.toString(lead.getId()),
				Long.toString(salesperson), closedOn, revenue, cost));
	}

	/**
	 * The "Себестоимость" field, else the mapping's cost share of the price (as the
	 * amoCRM import's costShare).
	 */
	private BigDecimal cost(AmoCrmForm.Lead event, BigDecimal revenue, AmoCrmMapping mapping) {
		String field = event.custom(COST_FIELDS);
		if (field != null) {
			try {
				return new BigDecimal(field.replace(" ", "").replace(',', '.'));
			}
			catch (NumberFormatException ex) {
				throw TandemException.badInput("custom_fields",
						"The Себестоимость field of amoCRM lead " + event.field("id") + " is not a number: " + field);
			}
		}
		if (mapping.costShare() == null) {
			throw TandemException.badInput("costShare", "amoCRM lead " + event.field("id") + " is won but its cost is "
					+ "unknown: set the cost share in the integration's mapping (e.g. 0.6), or send a Себестоимость field");
		}
		return revenue.multiply(mapping.costShare()).setScale(2, RoundingMode.HALF_UP);
	}

	/**
	 * The client named by the lead's Компания field, else by the lead's name; found by
	 * name or created.
	 */
	private long client(AmoCrmForm.Lead event) {
		String name = event.custom(CLIENT_FIELDS);
		if (name == null) {
			name = event.field("name");
		}
		if (name == null) {
			name = "amoCRM lead " + event.field("id");
		}
		name = name.length() > 200 ? name.substring(0, 200) : name;
		String key = AmoCrmForm.key(name);
		for (Client client : this.clients.everyClient()) {
			if (AmoCrmForm.key(client.getName()).equals(key)) {
				return client.getId();
			}
		}
		return this.clients.create(new CreateClientInput(name, null)).getId();
	}

	private static UpdateLeadInput patch(Lead lead, ArgumentValue<String> assignee, ArgumentValue<LeadStatus> status,
			ArgumentValue<LostReason> reason) {
		return new UpdateLeadInput(Long.toString(lead.getId()), null, ArgumentValue.omitted(), ArgumentValue.omitted(),
				ArgumentValue.omitted(), ArgumentValue.omitted(), assignee, status, reason);
	}

	private static Long number(AmoCrmForm.Lead event, String field) {
		String value = event.field(field);
		try {
			return value == null ? null : Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw TandemException.badInput(field,
					field + " of amoCRM lead " + event.field("id") + " is not a number: " + value);
		}
	}

	private static BigDecimal money(AmoCrmForm.Lead event, String field) {
		String value = event.field(field);
		try {
			return value == null ? null : new BigDecimal(value.replace(" ", "").replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			throw TandemException.badInput(field,
					field + " of amoCRM lead " + event.field("id") + " is not a number: " + value);
		}
	}

}
