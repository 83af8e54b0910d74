package app.tandem.records;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import app.tandem.people.EmployeeDirectory;
import app.tandem.people.Position;
import app.tandem.people.Viewer;
import app.tandem.people.Viewers;
import app.tandem.records.RecordInputs.UpdateDealInput;
import app.tandem.records.RecordInputs.VoidInput;
import app.tandem.shared.CompanyCalendar;
import app.tandem.shared.Ids;
import app.tandem.shared.InputCheck;
import app.tandem.shared.ErrorCode;
import app.tandem.shared.TandemException;
import app.tandem.shared.Versions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections of deals (SPEC §7): an owner corrects any deal, a salesperson their own of
 * the current or previous month (never the salesperson); voiding takes a deal out of
 * every figure and keeps it. The lead and client around the deal follow
 * ({@link DealEffects}).
 */
@Service
public class DealCorrections {

	private final DealRepository deals;

	private final DealService dealService;

	private final LeadService leads;

	private final ClientService clients;

	private final EmployeeDirectory people;

	private final Viewers viewers;

	private final CompanyCalendar calendar;

	private final WriteWindow window;

	private final DealEffects effects;

	private final RecordHistory history;

	DealCorrections(DealRepository deals, DealService dealService, LeadService leads, ClientService clients,
			EmployeeDirectory people, Viewers viewers, CompanyCalendar calendar, WriteWindow window,
			DealEffects effects, RecordHistory history) {
		this.deals = deals;
		this.dealService = dealService;
		this.leads = leads;
		this.clients = clients;
		this.people = people;
		this.viewers = viewers;
		this.calendar = calendar;
		this.window = window;
		this.effects = effects;
		this.history = history;
	}

	@Transactional
	public Deal update(UpdateDealInput input) {
		Viewer viewer = this.viewers.current();
		Deal deal = requireOwn(viewer, input.id(), input.expectedVersion());
		InputCheck check = new InputCheck();
		Patch.notCleared(check, input.clientId(), "clientId");
		Patch.notCleared(check, input.salespersonId(), "salespersonId");
		Patch.notCleared(check, input.closedOn(), "closedOn");
		Patch.notCleared(check, input.revenue(), "revenue");
		Patch.notCleared(check, input.cost(), "cost");
		check.throwIfInvalid();
		DealFields old = deal.fields();
		String externalId = ExternalIds.normalize(Patch.value(input.externalId(), old.externalId()));
		LocalDate closedOn = Patch.value(input.closedOn(), old.closedOn());
		BigDecimal revenue = Patch.value(input.revenue(), old.revenue());
		BigDecimal cost = Patch.value(input.cost(), old.cost());
		ExternalIds.check(check, externalId);
		check.money(revenue, "revenue").money(cost, "cost");
		RecordDates.notFuture(check, closedOn, this.calendar.today(), "closedOn");
		check.throwIfInvalid();
		Long salesperson = Patch.given(input.salespersonId())
				? Ids.parse(input.salespersonId().value(), "salespersonId") : old.salespersonId();
		if (!viewer.isOwner() && !salesperson.equals(old.salespersonId())) {
			throw TandemException.forbidden("salespersonId", "Only an owner gives a deal to another salesperson");
		}
		this.window.require(viewer, closedOn, "closedOn");
		if (!salesperson.equals(old.salespersonId())) {
			this.people.requireActive(salesperson, "salespersonId", Position.HUNTER, Position.FARMER);
		}
		Client client = Patch.given(input.clientId()) ? this.clients.requireVisible(input.clientId().value(), viewer)
				: this.clients.byIds(java.util.List.of(old.clientId())).get(0);
		Lead lead = Patch.given(input.leadId())
				? (input.leadId().value() == null ? null : this.leads.requireVisible(input.leadId().value(), viewer))
				: null;
		Long leadId = Patch.given(input.leadId()) ? (lead == null ? null : lead.getId()) : old.leadId();
		if (lead == null && leadId != null) {
			lead = this.leads.byIds(java.util.List.of(leadId)).get(0);
		}
		if (lead != null) {
			// A deal already on this lead keeps it even when the lead was since
			// reassigned by an owner.
			if (!lead.getId().equals(old.leadId()) || !salesperson.equals(old.salespersonId())) {
				this.dealService.checkLead(lead, salesperson, closedOn);
			}
			else if (closedOn.isBefore(lead.getCreatedAt().atZone(this.calendar.zone()).toLocalDate())) {
				throw TandemException.badInput("closedOn", "closedOn is before the lead came in");
			}
		}
		if (!client.getId().equals(old.clientId()) || closedOn.isBefore(old.closedOn())
				|| !salesperson.equals(old.salespersonId())) {
			this.dealService.checkAcquisition(viewer, client, salesperson, closedOn);
		}
		if (externalId != null && !externalId.equals(old.externalId())
				&& this.deals.findByExternalId(externalId).isPresent()) {
			throw TandemException.conflict("externalId", "Another deal has externalId \"" + externalId + "\"")
				.withCode(ErrorCode.DUPLICATE_EXTERNAL_ID);
		}
		FieldChanges changes = this.history.changes();
		DealFields fields = new DealFields(changes.set("externalId", old.externalId(), externalId),
				changes.set("clientId", old.clientId(), client.getId()), changes.set("leadId", old.leadId(), leadId),
				changes.set("salespersonId", old.salespersonId(), salesperson),
				changes.set("closedOn", old.closedOn(), closedOn),
				changes.set("revenue", old.revenue(), revenue.setScale(2)),
				changes.set("cost", old.cost(), cost.setScale(2)));
		if (changes.isEmpty()) {
			return deal;
		}
		deal.correct(fields);
		this.deals.saveAndFlush(deal);
		this.history.updated(RecordKind.DEAL, deal.getId(), viewer.id(), changes);
		if (!Objects.equals(old.leadId(), leadId)) {
			this.effects.leadUnsold(old.leadId(), viewer.id());
		}
		if (lead != null && (!Objects.equals(old.leadId(), leadId) || !closedOn.equals(old.closedOn()))) {
			this.effects.leadSold(lead, salesperson, closedOn, viewer.id());
		}
		this.effects.clientChanged(client.getId());
		if (!client.getId().equals(old.clientId())) {
			this.effects.clientChanged(old.clientId());
		}
		return deal;
	}

	@Transactional
	public Deal voidDeal(VoidInput input) {
		Viewer viewer = this.viewers.current();
		String reason = Voids.reason(input.reason());
		Deal deal = requireOwn(viewer, input.id(), input.expectedVersion());
		deal.voidBy(new Voiding(this.calendar.now(), viewer.id(), reason));
		this.deals.saveAndFlush(deal);
		this.history.voided(RecordKind.DEAL, deal.getId(), viewer.id(), reason);
		this.effects.leadUnsold(deal.getLeadId(), viewer.id());
		this.effects.clientChanged(deal.getClientId());
		return deal;
	}

	/**
	 * The deal, not voided, that this person may correct: an owner any, a salesperson
	 * their own.
	 */
	private Deal requireOwn(Viewer viewer, String id, Integer expectedVersion) {
		new InputCheck().require(id, "id").throwIfInvalid();
		Long dealId = Ids.parse(id, "id");
		Deal deal = this.deals
			.findOne(Visibility.deals(viewer).and((root, query, cb) -> cb.equal(root.get("id"), dealId)))
			.orElseThrow(() -> TandemException.notFound("id", "No deal with id " + id));
		if (!viewer.isOwner() && !viewer.isSelf(deal.getSalespersonId())) {
			throw TandemException.forbidden("id", "Only an owner or the deal's salesperson corrects it");
		}
		if (deal.isVoided()) {
			throw TandemException.badInput("id", "This deal is voided");
		}
		Versions.expect(expectedVersion, deal.getVersion(), "deal");
		// Its month must be open to this person (a closed month to no one) before
		// anything about it changes.
		this.window.require(viewer, deal.getClosedOn(), "id");
		return deal;
	}

}
