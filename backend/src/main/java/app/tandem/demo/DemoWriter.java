package app.tandem.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import app.tandem.demo.DemoRecords.Client;
import app.tandem.demo.DemoRecords.Deal;
import app.tandem.demo.DemoRecords.Lead;
import app.tandem.demo.DemoRecords.Spend;
import app.tandem.records.LeadStatus;
import app.tandem.shared.CompanyCalendar;

/**
 * Writes the story as it stands now: nothing after now exists yet, leads decided later
 * are still open, and only clients older than a month have been handed to the farmer.
 */
final class DemoWriter {

	private static final String CHANNEL = """
			INSERT INTO marketing_channel (name, archived, marketer_id, created_by, created_at, aliases, version)
			VALUES (?, FALSE, ?, ?, ?, ?, 0)""";

	private static final String SPEND = """
			INSERT INTO marketing_spend (channel_id, marketer_id, spent_on, amount, recorded_by, recorded_at)
			VALUES (?, ?, ?, ?, ?, ?)""";

	private static final String LEAD = """
			INSERT INTO sales_lead (created_at, channel_id, marketer_id, assignee_id, status, lost_reason, recorded_by,
			                        recorded_at, assigned_at, closed_at, version)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

	private static final String CLIENT = """
			INSERT INTO client (name, acquired_by, account_manager_id, first_deal_on, created_by, created_at, version)
			VALUES (?, ?, ?, ?, ?, ?, 0)""";

	private static final String DEAL = """
			INSERT INTO deal (client_id, lead_id, salesperson_id, closed_on, revenue, cost, recorded_by, recorded_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

	/** Leads with a deal are converted (V4__kpi_covering_indexes.sql). */
	private static final String CONVERTED = """
			UPDATE sales_lead SET converted = TRUE WHERE id IN (SELECT lead_id FROM deal WHERE lead_id IS NOT NULL)""";

	/** Every record's creation, as its history begins (V6__record_corrections.sql). */
	private static final List<String> CREATED = List.of("""
			INSERT INTO record_change (record_kind, record_id, action, changed_by, changed_at)
			SELECT 'SPEND', id, 'CREATED', recorded_by, recorded_at FROM marketing_spend""", """
			INSERT INTO record_change (record_kind, record_id, action, changed_by, changed_at)
			SELECT 'LEAD', id, 'CREATED', recorded_by, recorded_at FROM sales_lead""", """
			INSERT INTO record_change (record_kind, record_id, action, changed_by, changed_at)
			SELECT 'DEAL', id, 'CREATED', recorded_by, recorded_at FROM deal""", """
			INSERT INTO record_change (record_kind, record_id, action, changed_by, changed_at)
			SELECT 'CLIENT', id, 'CREATED', created_by, created_at FROM client""", """
			INSERT INTO record_change (record_kind, record_id, action, changed_by, changed_at)
			SELECT 'CHANNEL', id, 'CREATED', created_by, created_at FROM marketing_channel""");

	/** Deals are booked in the evening, after any lead of the day came in. */
	private static final int BOOKING_HOUR = 21;

	/** What ended up in the database. */
	record Written(int leads, int clients, int deals) {
	}

	private final Inserts inserts;

	private final DemoStory story;

	private final DemoTime time;

	private final long owner;

	private final SoFar soFar;

	private final Map<DemoChannel, Long> channelIds = new EnumMap<>(DemoChannel.class);

	/** Database ids by story index; null for what has not happened yet. */
	private final Long[] leadIds;

	private final Long[] clientIds;

	DemoWriter(Inserts inserts, DemoStory story) {
		this.inserts = inserts;
		this.story = story;
		this.time = story.time;
		this.owner = story.team.owner();
		this.soFar = new SoFar(story);
		this.leadIds = new Long[story.leads.size()];
		this.clientIds = new Long[story.clients.size()];
	}

	Written write() {
		List<Object[]> rows = new ArrayList<>();
		for (DemoChannel channel : DemoChannel.values()) {
			rows.add(new Object[] { channel.title, channel.marketer(this.story.team), this.owner,
					this.time.recorded(this.time.firstDay().minusDays(3), 11), channel.aliases });
		}
		List<Long> ids = this.inserts.rowsReturningIds(CHANNEL, rows);
		for (DemoChannel channel : DemoChannel.values()) {
			this.channelIds.put(channel, ids.get(channel.ordinal()));
		}
		writeSpend();
		int leads = writeLeads();
		int clients = writeClients();
		Written written = new Written(leads, clients, writeDeals());
		CREATED.forEach(this.inserts::statement);
		return written;
	}

	private void writeSpend() {
		List<Object[]> rows = new ArrayList<>();
		for (Spend spend : this.story.spend) {
			if (this.soFar.happened(spend)) {
				rows.add(new Object[] { this.channelIds.get(spend.channel()), spend.marketerId(), spend.day(),
						spend.amount(), this.owner, this.time.recorded(spend.day(), 19) });
			}
		}
		this.inserts.rows(SPEND, rows);
	}

	private int writeLeads() {
		List<Object[]> rows = new ArrayList<>();
		List<Integer> indexes = new ArrayList<>();
		for (int i = 0; i < this.story.leads.size(); i++) {
			Lead lead = this.story.leads.get(i);
			if (this.soFar.happened(lead)) {
				rows.add(leadRow(lead, i));
				indexes.add(i);
			}
		}
		link(this.inserts.rowsReturningIds(LEAD, rows), indexes, this.leadIds);
		return rows.size();
	}

	private Object[] leadRow(Lead lead, int index) {
		LeadStatus status = this.soFar.status(lead);
		LocalDateTime createdAt = CompanyCalendar.toUtc(lead.createdAt());
		boolean assigned = !this.soFar.awaitsAssignee(lead);
		Instant assignedAt = assigned ? handedOver(lead, index) : null;
		Instant closedAt = status == LeadStatus.OPEN ? null : closed(lead, index, assignedAt);
		return new Object[] { createdAt, this.channelIds.get(lead.channel()), lead.marketerId(),
				assigned ? lead.assigneeId() : null, status.name(),
				status == LeadStatus.LOST ? lead.lostReason().name() : null, this.owner, createdAt,
				assignedAt == null ? null : CompanyCalendar.toUtc(assignedAt),
				closedAt == null ? null : CompanyCalendar.toUtc(closedAt) };
	}

	/**
	 * When sales picked the lead up: within a few hours, or the next day for the ones
	 * that waited (spread by the lead's index, so the demo stays the same from one start
	 * to the next).
	 */
	private Instant handedOver(Lead lead, int index) {
		long minutes = lead.assignedLate() ? 18 * 60 + (index * 97L) % (10 * 60) : 15 + (index * 53L) % 240;
		Instant at = lead.createdAt().plus(Duration.ofMinutes(minutes));
		return at.isAfter(this.time.now()) ? this.time.now() : at;
	}

	/**
	 * In the afternoon of the day it was decided, after the hand-over and not after now.
	 */
	private Instant closed(Lead lead, int index, Instant assignedAt) {
		Instant at = this.time.at(lead.decidedOn(), LocalTime.of(13 + index % 5, (index * 7) % 60));
		Instant earliest = assignedAt != null ? assignedAt : lead.createdAt();
		if (at.isBefore(earliest)) {
			at = earliest.plus(Duration.ofMinutes(30));
		}
		return at.isAfter(this.time.now()) ? this.time.now() : at;
	}

	private int writeClients() {
		List<Object[]> rows = new ArrayList<>();
		List<Integer> indexes = new ArrayList<>();
		for (int i = 0; i < this.story.clients.size(); i++) {
			Client client = this.story.clients.get(i);
			if (this.soFar.happened(client)) {
				rows.add(new Object[] { client.name(), client.acquiredBy(), accountManager(client),
						client.firstDealOn(), this.owner, this.time.recorded(client.firstDealOn(), BOOKING_HOUR) });
				indexes.add(i);
			}
		}
		link(this.inserts.rowsReturningIds(CLIENT, rows), indexes, this.clientIds);
		return rows.size();
	}

	/** Most clients pass to the farmer a month after their first deal; hers stay hers. */
	private Long accountManager(Client client) {
		long maria = this.story.team.maria();
		boolean handedOver = client.farmed()
				&& !client.firstDealOn().isAfter(this.time.today().minusDays(RepeatSales.HANDOVER_DAYS));
		return client.acquiredBy() == maria || handedOver ? maria : null;
	}

	private int writeDeals() {
		List<Object[]> rows = new ArrayList<>();
		for (Deal deal : this.story.deals) {
			if (this.soFar.happened(deal)) {
				rows.add(new Object[] { this.clientIds[deal.clientIndex()],
						deal.leadIndex() < 0 ? null : this.leadIds[deal.leadIndex()], deal.salespersonId(),
						deal.closedOn(), deal.revenue(), deal.cost(), this.owner,
						this.time.recorded(deal.closedOn(), BOOKING_HOUR) });
			}
		}
		this.inserts.rows(DEAL, rows);
		this.inserts.statement(CONVERTED);
		return rows.size();
	}

	private static void link(List<Long> ids, List<Integer> indexes, Long[] byIndex) {
		for (int i = 0; i < ids.size(); i++) {
			byIndex[indexes.get(i)] = ids.get(i);
		}
	}

}
