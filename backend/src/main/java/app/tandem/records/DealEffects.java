package app.tandem.records;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import app.tandem.shared.CompanyCalendar;

import org.springframework.stereotype.Component;

/**
 * What a deal does to the records around it, whether it is recorded, corrected or voided:
 * its lead is WON and converted while a deal that counts names it (and OPEN again when
 * none does), and its client was acquired by the salesperson of its earliest deal that
 * counts.
 */
@Component
class DealEffects {

	private final LeadRepository leads;

	private final DealRepository deals;

	private final ClientRepository clients;

	private final RecordHistory history;

	private final CompanyCalendar calendar;

	DealEffects(LeadRepository leads, DealRepository deals, ClientRepository clients, RecordHistory history,
			CompanyCalendar calendar) {
		this.leads = leads;
		this.deals = deals;
		this.clients = clients;
		this.history = history;
		this.calendar = calendar;
	}

	/**
	 * A deal closed on {@code closedOn} by {@code salesperson} now names {@code lead}.
	 */
	void leadSold(Lead lead, long salesperson, LocalDate closedOn, long by) {
		Instant now = this.calendar.now();
		FieldChanges changes = this.history.changes();
		if (lead.getAssigneeId() == null) {
			changes.set("assigneeId", null, salesperson);
			lead.assign(salesperson, now);
		}
		changes.set("status", lead.getStatus(), LeadStatus.WON);
		changes.set("lostReason", lead.getLostReason(), null);
		lead.close(LeadStatus.WON, null, closedAt(lead, closedOn, now));
		lead.converted(true);
		this.leads.save(lead);
		this.history.updated(RecordKind.LEAD, lead.getId(), by, changes);
	}

	/**
	 * A deal no longer names lead {@code leadId} (voided, or moved to another lead): the
	 * lead stays converted while another deal that counts names it; without one it is no
	 * conversion and, if it was WON, it is OPEN again for its salesperson to close.
	 */
	void leadUnsold(Long leadId, long by) {
		if (leadId == null) {
			return;
		}
		this.deals.flush();
		if (this.deals.existsByLeadIdAndVoidingAtIsNull(leadId)) {
			return;
		}
		Lead lead = this.leads.findById(leadId).orElseThrow();
		FieldChanges changes = this.history.changes();
		lead.converted(false);
		if (lead.getStatus() == LeadStatus.WON) {
			changes.set("status", LeadStatus.WON, LeadStatus.OPEN);
			lead.close(LeadStatus.OPEN, null, this.calendar.now());
		}
		this.leads.save(lead);
		this.history.updated(RecordKind.LEAD, lead.getId(), by, changes);
	}

	/**
	 * Who acquired the client, and when: its earliest deal that counts (the first
	 * recorded on a tie).
	 */
	void clientChanged(Long clientId) {
		this.deals.flush();
		Client client = this.clients.findById(clientId).orElseThrow();
		Deal first = this.deals.findFirstByClientIdAndVoidingAtIsNullOrderByClosedOnAscIdAsc(clientId).orElse(null);
		client.acquiredWith(first == null ? null : first.getClosedOn(),
				first == null ? null : first.getSalespersonId());
		this.clients.save(client);
	}

	/** Noon of the closing day, but not before the lead came in nor after now. */
	private Instant closedAt(Lead lead, LocalDate closedOn, Instant now) {
		Instant noon = closedOn.atTime(LocalTime.NOON).atZone(this.calendar.zone()).toInstant();
		if (noon.isBefore(lead.getCreatedAt())) {
			return lead.getCreatedAt();
		}
		return noon.isAfter(now) ? now : noon;
	}

}
