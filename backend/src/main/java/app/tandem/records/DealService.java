package app.tandem.records;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import app.tandem.people.EmployeeDirectory;
import app.tandem.people.Position;
import app.tandem.people.Viewer;
import app.tandem.people.Viewers;
import app.tandem.records.RecordFilters.DealFilter;
import app.tandem.records.RecordInputs.RecordDealInput;
import app.tandem.shared.CompanyCalendar;
import app.tandem.shared.Ids;
import app.tandem.shared.InputCheck;
import app.tandem.shared.Pages;
import app.tandem.shared.ErrorCode;
import app.tandem.shared.TandemException;

import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Won sales. Recording one marks its lead WON and decides, with the client's other deals,
 * who acquired the client. Corrections and voids are in {@link DealCorrections}.
 */
@Service
public class DealService {

	private final DealRepository deals;

	private final LeadService leadService;

	private final ClientService clients;

	private final EmployeeDirectory people;

	private final Viewers viewers;

	private final Pages pages;

	private final CompanyCalendar calendar;

	private final WriteWindow window;

	private final DealEffects effects;

	private final RecordHistory history;

	DealService(DealRepository deals, LeadService leadService, ClientService clients, EmployeeDirectory people,
			Viewers viewers, Pages pages, CompanyCalendar calendar, WriteWindow window, DealEffects effects,
			RecordHistory history) {
		this.deals = deals;
		this.leadService = leadService;
		this.clients = clients;
		this.people = people;
		this.viewers = viewers;
		this.pages = pages;
		this.calendar = calendar;
		this.window = window;
		this.effects = effects;
		this.history = history;
	}

	@Transactional(readOnly = true)
	public Window<Deal> deals(Integer first, String after, YearMonth period, DealFilter filter) {
		Pages.Page page = this.pages.of(first, after);
		return this.deals.findBy(spec(period, filter),
				(q) -> q.sortBy(Sort.by(Sort.Direction.DESC, "id")).limit(page.size()).scroll(page.position()));
	}

	@Transactional(readOnly = true)
	public long count(YearMonth period, DealFilter filter) {
		return this.deals.count(spec(period, filter));
	}

	private Specification<Deal> spec(YearMonth period, DealFilter filter) {
		Viewer viewer = this.viewers.current();
		return Visibility.deals(viewer)
			.and(Visibility.onDays("closedOn", period, period == null ? null : this.calendar.range(period)))
			.and(RecordFilters.deals(filter));
	}

	@Transactional(readOnly = true)
	public List<Deal> byIds(Collection<Long> ids) {
		return this.deals.findAllById(ids);
	}

	/** The deal with this source-system id, voided or not (imports match rows by it). */
	@Transactional(readOnly = true)
	public java.util.Optional<Deal> byExternalId(String externalId) {
		return this.deals.findByExternalId(externalId);
	}

	/** The deals that count on this lead. */
	@Transactional(readOnly = true)
	public List<Deal> onLead(Long leadId) {
		return this.deals.findAll((root, query, cb) -> cb.and(cb.equal(root.get("leadId"), leadId),
				cb.isNull(root.get("voiding").get("at"))));
	}

	@Transactional
	public Deal record(RecordDealInput input) {
		Viewer viewer = this.viewers.current();
		if (!viewer.isOwner() && !viewer.sells()) {
			throw TandemException.forbidden("Only owners and salespeople record deals");
		}
		String salespersonId = input.salespersonId() == null && !viewer.isOwner() ? Long.toString(viewer.id())
				: input.salespersonId();
		String externalId = ExternalIds.normalize(input.externalId());
		InputCheck check = new InputCheck().require(input.clientId(), "clientId")
			.require(salespersonId, "salespersonId")
			.require(input.closedOn(), "closedOn")
			.money(input.revenue(), "revenue")
			.money(input.cost(), "cost");
		ExternalIds.check(check, externalId);
		RecordDates.notFuture(check, input.closedOn(), this.calendar.today(), "closedOn");
		check.throwIfInvalid();
		Long salesperson = Ids.parse(salespersonId, "salespersonId");
		if (!viewer.isOwner() && !viewer.isSelf(salesperson)) {
			throw TandemException.forbidden("salespersonId", "A salesperson records only their own deals");
		}
		if (externalId != null) {
			Deal earlier = this.deals.findByExternalId(externalId).orElse(null);
			if (earlier != null) {
				return sameDeal(earlier, input, salesperson);
			}
		}
		this.window.require(viewer, input.closedOn(), "closedOn");
		Client client = this.clients.requireVisible(input.clientId(), viewer);
		this.people.requireActive(salesperson, "salespersonId", Position.HUNTER, Position.FARMER);
		Lead lead = input.leadId() == null ? null : this.leadService.requireVisible(input.leadId(), viewer);
		if (lead != null) {
			checkLead(lead, salesperson, input.closedOn());
		}
		checkAcquisition(viewer, client, salesperson, input.closedOn());
		Deal deal = this.deals.saveAndFlush(new Deal(externalId, client.getId(), lead == null ? null : lead.getId(),
				salesperson, input.closedOn(), input.revenue().setScale(2), input.cost().setScale(2), viewer.id(),
				CompanyCalendar.toUtc(this.calendar.now())));
		if (lead != null) {
			this.effects.leadSold(lead, salesperson, input.closedOn(), viewer.id());
		}
		this.effects.clientChanged(client.getId());
		FieldChanges created = this.history.changes();
		DealFields fields = deal.fields();
		created.set("externalId", null, fields.externalId());
		created.set("clientId", null, fields.clientId());
		created.set("leadId", null, fields.leadId());
		created.set("salespersonId", null, fields.salespersonId());
		created.set("closedOn", null, fields.closedOn());
		created.set("revenue", null, fields.revenue());
		created.set("cost", null, fields.cost());
		this.history.created(RecordKind.DEAL, deal.getId(), viewer.id(), created);
		return deal;
	}

	/**
	 * A deal on a lead: the lead's salesperson's (or unassigned), and not before it came
	 * in.
	 */
	void checkLead(Lead lead, Long salesperson, LocalDate closedOn) {
		if (lead.isVoided()) {
			throw TandemException.badInput("leadId", "This lead is voided");
		}
		if (lead.getAssigneeId() != null && !lead.getAssigneeId().equals(salesperson)) {
			throw TandemException.badInput("leadId", "This lead is assigned to someone else; reassign it first");
		}
		if (closedOn.isBefore(lead.getCreatedAt().atZone(this.calendar.zone()).toLocalDate())) {
			throw TandemException.badInput("closedOn", "closedOn is before the lead came in");
		}
	}

	/**
	 * A client's acquisition belongs to whoever won its first deal: a salesperson cannot
	 * take it by dating a deal before that first deal; only an owner corrects history
	 * that far.
	 */
	void checkAcquisition(Viewer viewer, Client client, Long salesperson, LocalDate closedOn) {
		if (viewer.isOwner() || client.getFirstDealOn() == null || !closedOn.isBefore(client.getFirstDealOn())
				|| Objects.equals(client.getAcquiredBy(), salesperson)) {
			return;
		}
		throw TandemException.forbidden("closedOn", "This client's first deal was on " + client.getFirstDealOn()
				+ " by someone else; a deal before it would take the client's acquisition, which only an owner may change");
	}

	private static Deal sameDeal(Deal earlier, RecordDealInput input, Long salesperson) {
		boolean same = Objects.equals(earlier.getClientId(), Ids.parse(input.clientId(), "clientId"))
				&& Objects.equals(earlier.getLeadId(), Ids.parseOptional(input.leadId(), "leadId"))
				&& Objects.equals(earlier.getSalespersonId(), salesperson)
				&& earlier.getClosedOn().equals(input.closedOn()) && sameMoney(earlier.getRevenue(), input.revenue())
				&& sameMoney(earlier.getCost(), input.cost());
		if (!same) {
			throw TandemException
				.conflict("externalId",
						"A different deal with externalId \"" + earlier.getExternalId() + "\" exists already")
				.withCode(ErrorCode.DUPLICATE_EXTERNAL_ID);
		}
		return earlier;
	}

	private static boolean sameMoney(BigDecimal a, BigDecimal b) {
		return a.compareTo(b) == 0;
	}

}
