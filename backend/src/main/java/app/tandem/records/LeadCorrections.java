package app.tandem.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import app.tandem.people.EmployeeDirectory;
import app.tandem.people.Position;
import app.tandem.people.Viewer;
import app.tandem.people.Viewers;
import app.tandem.records.RecordInputs.AssignLeadInput;
import app.tandem.records.RecordInputs.CloseLeadInput;
import app.tandem.records.RecordInputs.UpdateLeadInput;
import app.tandem.records.RecordInputs.VoidInput;
import app.tandem.shared.CompanyCalendar;
import app.tandem.shared.Ids;
import app.tandem.shared.InputCheck;
import app.tandem.shared.ErrorCode;
import app.tandem.shared.TandemException;
import app.tandem.shared.Versions;

import org.springframework.graphql.data.ArgumentValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a lead after it came in. Where it came from (time, channel, hand-over) is
 * the marketer's; its outcome (status, lost reason) is its salesperson's; an owner may
 * change both and its marketer. A won lead is not handed to someone else but by an owner
 * (that would move a win in the matrix). Where a lead came from is corrected by employees
 * only for leads of the current or previous month; a hand-over or a status is today's
 * event and open for leads of any month.
 */
@Service
public class LeadCorrections {

	private final LeadRepository leads;

	private final LeadService leadService;

	private final DealRepository deals;

	private final ChannelService channels;

	private final EmployeeDirectory people;

	private final Viewers viewers;

	private final CompanyCalendar calendar;

	private final WriteWindow window;

	private final RecordHistory history;

	LeadCorrections(LeadRepository leads, LeadService leadService, DealRepository deals, ChannelService channels,
			EmployeeDirectory people, Viewers viewers, CompanyCalendar calendar, WriteWindow window,
			RecordHistory history) {
		this.leads = leads;
		this.leadService = leadService;
		this.deals = deals;
		this.channels = channels;
		this.people = people;
		this.viewers = viewers;
		this.calendar = calendar;
		this.window = window;
		this.history = history;
	}

	@Transactional
	public Lead assign(AssignLeadInput input) {
		new InputCheck().require(input.leadId(), "leadId").require(input.assigneeId(), "assigneeId").throwIfInvalid();
		return update(
				new UpdateLeadInput(input.leadId(), input.expectedVersion(), ArgumentValue.omitted(),
						ArgumentValue.omitted(), ArgumentValue.omitted(), ArgumentValue.omitted(),
						ArgumentValue.ofNullable(input.assigneeId()), ArgumentValue.omitted(), ArgumentValue.omitted()),
				"leadId");
	}

	@Transactional
	public Lead close(CloseLeadInput input) {
		new InputCheck().require(input.leadId(), "leadId").require(input.status(), "status").throwIfInvalid();
		return update(new UpdateLeadInput(input.leadId(), input.expectedVersion(), ArgumentValue.omitted(),
				ArgumentValue.omitted(), ArgumentValue.omitted(), ArgumentValue.omitted(), ArgumentValue.omitted(),
				ArgumentValue.ofNullable(input.status()), ArgumentValue.ofNullable(input.lostReason())), "leadId");
	}

	@Transactional
	public Lead update(UpdateLeadInput input) {
		return update(input, "id");
	}

	/**
	 * {@code idField}: how the calling mutation names the lead's id (updateLead: id;
	 * assignLead, closeLead: leadId).
	 */
	private Lead update(UpdateLeadInput input, String idField) {
		Viewer viewer = this.viewers.current();
		new InputCheck().require(input.id(), idField).throwIfInvalid();
		Lead lead = this.leadService.requireVisible(input.id(), viewer, idField);
		InputCheck check = new InputCheck();
		Patch.notCleared(check, input.createdAt(), "createdAt");
		Patch.notCleared(check, input.channelId(), "channelId");
		Patch.notCleared(check, input.marketerId(), "marketerId");
		Patch.notCleared(check, input.status(), "status");
		check.throwIfInvalid();
		boolean source = Patch.given(input.externalId()) || Patch.given(input.createdAt())
				|| Patch.given(input.channelId()) || Patch.given(input.assigneeId());
		boolean outcome = Patch.given(input.status()) || Patch.given(input.lostReason());
		if (!viewer.isOwner() && source && !viewer.isSelf(lead.getMarketerId())) {
			throw TandemException.forbidden(idField,
					"Only an owner or the lead's marketer changes where it came from " + "and whom it is handed to");
		}
		if (!viewer.isOwner() && outcome && !viewer.isSelf(lead.getAssigneeId())) {
			throw TandemException.forbidden(idField,
					"Only an owner or the salesperson working the lead sets its status");
		}
		if (!viewer.isOwner() && Patch.given(input.marketerId())
				&& !Objects.equals(Ids.parse(input.marketerId().value(), "marketerId"), lead.getMarketerId())) {
			throw TandemException.forbidden("marketerId", "Only an owner gives a lead to another marketer");
		}
		if (lead.isVoided()) {
			throw TandemException.badInput(idField, "This lead is voided");
		}
		Versions.expect(input.expectedVersion(), lead.getVersion(), "lead");
		Instant now = this.calendar.now();
		FieldChanges changes = this.history.changes();
		if (Patch.given(input.externalId()) || Patch.given(input.createdAt()) || Patch.given(input.channelId())
				|| Patch.given(input.marketerId())) {
			// Rewriting where a lead came from is a correction of its month; handing it
			// over and
			// closing it are today's events, so they stay open for leads of any month.
			this.window.require(viewer, lead.getCreatedAt(), idField);
			correctSource(viewer, lead, input, check, changes);
		}
		correctHandOver(viewer, lead, input, changes, now);
		correctOutcome(viewer, lead, input, changes, now);
		if (changes.isEmpty()) {
			return lead;
		}
		Lead saved = this.leads.saveAndFlush(lead);
		this.history.updated(RecordKind.LEAD, lead.getId(), viewer.id(), changes);
		return saved;
	}

	private void correctSource(Viewer viewer, Lead lead, UpdateLeadInput input, InputCheck check,
			FieldChanges changes) {
		String externalId = ExternalIds.normalize(Patch.value(input.externalId(), lead.getExternalId()));
		Instant createdAt = Patch.value(input.createdAt(), lead.getCreatedAt());
		ExternalIds.check(check, externalId);
		RecordDates.notFuture(check, createdAt, this.calendar.now(), "createdAt");
		check.throwIfInvalid();
		this.window.require(viewer, createdAt, "createdAt");
		Long channelId = lead.getChannelId();
		if (Patch.given(input.channelId())) {
			Long asked = Ids.parse(input.channelId().value(), "channelId");
			channelId = asked.equals(channelId) ? channelId
					: this.channels.requireOpen(input.channelId().value(), "channelId").getId();
		}
		Long marketerId = lead.getMarketerId();
		if (Patch.given(input.marketerId())) {
			marketerId = Ids.parse(input.marketerId().value(), "marketerId");
			if (!marketerId.equals(lead.getMarketerId())) {
				this.people.requireActive(marketerId, "marketerId", Position.MARKETER);
			}
		}
		if (externalId != null && !externalId.equals(lead.getExternalId())
				&& this.leads.findByExternalId(externalId).isPresent()) {
			throw TandemException.conflict("externalId", "Another lead has externalId \"" + externalId + "\"")
				.withCode(ErrorCode.DUPLICATE_EXTERNAL_ID);
		}
		LocalDate firstDeal = this.deals.findFirstByLeadIdAndVoidingAtIsNullOrderByClosedOnAsc(lead.getId())
			.map(Deal::getClosedOn)
			.orElse(null);
		if (firstDeal != null && firstDeal.isBefore(LocalDate.ofInstant(createdAt, this.calendar.zone()))) {
			throw TandemException.badInput("createdAt", "The lead's deal closed on " + firstDeal + ", before that");
		}
		lead.correctSource(changes.set("externalId", lead.getExternalId(), externalId),
				changes.set("createdAt", lead.getCreatedAt(),
						createdAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS)),
				changes.set("channelId", lead.getChannelId(), channelId),
				changes.set("marketerId", lead.getMarketerId(), marketerId));
	}

	private void correctHandOver(Viewer viewer, Lead lead, UpdateLeadInput input, FieldChanges changes, Instant now) {
		if (!Patch.given(input.assigneeId())) {
			return;
		}
		Long assignee = Ids.parseOptional(input.assigneeId().value(), "assigneeId");
		if (Objects.equals(assignee, lead.getAssigneeId())) {
			return;
		}
		if (!viewer.isOwner() && (lead.getStatus() == LeadStatus.WON || lead.isConverted())) {
			throw TandemException.forbidden("assigneeId",
					"This lead is won; only an owner hands it to someone else (it would move the win)");
		}
		if (assignee != null) {
			this.people.requireActive(assignee, "assigneeId", Position.HUNTER, Position.FARMER);
		}
		changes.set("assigneeId", lead.getAssigneeId(), assignee);
		lead.assign(assignee, now);
	}

	private void correctOutcome(Viewer viewer, Lead lead, UpdateLeadInput input, FieldChanges changes, Instant now) {
		if (!Patch.given(input.status()) && !Patch.given(input.lostReason())) {
			return;
		}
		LeadStatus status = Patch.value(input.status(), lead.getStatus());
		LostReason reason = Patch.value(input.lostReason(), Patch.given(input.status()) ? null : lead.getLostReason());
		new InputCheck()
			.when(status == LeadStatus.LOST && reason == null, "lostReason", "lostReason is required for a LOST lead")
			.when(status != LeadStatus.LOST && reason != null, "lostReason", "lostReason is only for LOST leads")
			.throwIfInvalid();
		if (status != LeadStatus.WON && lead.isConverted()) {
			throw TandemException.badInput("status", "This lead has a deal, so it is WON");
		}
		if (status == lead.getStatus() && reason == lead.getLostReason()) {
			return;
		}
		// SPEC §12: while contested the mark waits for the owner's ruling; once
		// overturned, only an
		// owner marks the lead NOT_TARGET again (or a salesperson could undo the ruling).
		if (LeadMarks.OPEN.equals(lead.getDisputeStatus())) {
			throw TandemException.conflict("status",
					"This lead's NOT_TARGET mark is contested: an owner rules on it (resolveDispute) first");
		}
		if (LeadMarks.OVERTURNED.equals(lead.getDisputeStatus()) && reason == LostReason.NOT_TARGET
				&& !viewer.isOwner()) {
			throw TandemException.forbidden("lostReason",
					"An owner ruled this lead a fair lead; only an owner marks it NOT_TARGET again");
		}
		changes.set("status", lead.getStatus(), status);
		changes.set("lostReason", lead.getLostReason(), reason);
		lead.close(status, reason, now);
	}

	@Transactional
	public Lead voidLead(VoidInput input) {
		Viewer viewer = this.viewers.current();
		String reason = Voids.reason(input.reason());
		new InputCheck().require(input.id(), "id").throwIfInvalid();
		Lead lead = this.leadService.requireVisible(input.id(), viewer, "id");
		if (!viewer.isOwner() && !viewer.isSelf(lead.getMarketerId())) {
			throw TandemException.forbidden("id", "Only an owner or the lead's marketer voids it");
		}
		if (lead.isVoided()) {
			throw TandemException.badInput("id", "This lead is voided already");
		}
		Versions.expect(input.expectedVersion(), lead.getVersion(), "lead");
		this.window.require(viewer, lead.getCreatedAt(), "id");
		if (this.deals.existsByLeadIdAndVoidingAtIsNull(lead.getId())) {
			throw TandemException.badInput("id", "This lead has a deal: void or move the deal first");
		}
		lead.voidBy(new Voiding(this.calendar.now(), viewer.id(), reason));
		Lead saved = this.leads.saveAndFlush(lead);
		this.history.voided(RecordKind.LEAD, lead.getId(), viewer.id(), reason);
		return saved;
	}

}
