package app.tandem.records;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import app.tandem.people.EmployeeDirectory;
import app.tandem.people.Position;
import app.tandem.people.Viewer;
import app.tandem.people.Viewers;
import app.tandem.records.RecordInputs.RecordDealInput;
import app.tandem.shared.CompanyCalendar;
import app.tandem.shared.Ids;
import app.tandem.shared.InputCheck;
import app.tandem.shared.Pages;
import app.tandem.shared.TandemException;

import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Won sales. Recording one marks its lead WON and, when it is the client's earliest deal,
 * makes its salesperson the one who acquired the client.
 */
@Service
public class DealService {

	private final DealRepository deals;

	private final LeadRepository leads;

	private final LeadService leadService;

	private final ClientService clients;

	private final EmployeeDirectory people;

	private final Viewers viewers;

	private final Pages pages;

	private final CompanyCalendar calendar;

	DealService(DealRepository deals, LeadRepository leads, LeadService leadService, ClientService clients,
			EmployeeDirectory people, Viewers viewers, Pages pages, CompanyCalendar calendar) {
		this.deals = deals;
		this.leads = leads;
		this.leadService = leadService;
		this.clients = clients;
		this.people = people;
		this.viewers = viewers;
		this.pages = pages;
		this.calendar = calendar;
	}

	@Transactional(readOnly = true)
	public Window<Deal> deals(Integer first, String after, YearMonth period) {
		Viewer viewer = this.viewers.current();
		Pages.Page page = this.pages.of(first, after);
		return this.deals.findBy(
				Visibility.deals(viewer)
					.and(Visibility.onDays("closedOn", period, period == null ? null : this.calendar.range(period))),
				(q) -> q.sortBy(Sort.by(Sort.Direction.DESC, "id")).limit(page.size()).scroll(page.position()));
	}

	@Transactional(readOnly = true)
	public List<Deal> byIds(Collection<Long> ids) {
		return this.deals.findAllById(ids);
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
		Client client = this.clients.requireVisible(input.clientId(), viewer);
		this.people.requireActive(salesperson, "salespersonId", Position.HUNTER, Position.FARMER);
		Lead lead = input.leadId() == null ? null : this.leadService.requireVisible(input.leadId(), viewer);
		if (lead != null) {
			checkLead(lead, salesperson, input);
			if (lead.getAssigneeId() == null) {
				lead.assign(salesperson);
			}
			lead.close(LeadStatus.WON, null);
			lead.dealRecorded();
			this.leads.save(lead);
		}
		client.dealClosed(input.closedOn(), salesperson);
		Deal deal = new Deal(externalId, client.getId(), lead == null ? null : lead.getId(), salesperson,
				input.closedOn(), input.revenue().setScale(2), input.cost().setScale(2), viewer.id(),
				CompanyCalendar.toUtc(this.calendar.now()));
		return this.deals.saveAndFlush(deal);
	}

	private void checkLead(Lead lead, Long salesperson, RecordDealInput input) {
		if (lead.getAssigneeId() != null && !lead.getAssigneeId().equals(salesperson)) {
			throw TandemException.badInput("leadId", "This lead is assigned to someone else; reassign it first");
		}
		if (input.closedOn().isBefore(lead.getCreatedAt().atZone(this.calendar.zone()).toLocalDate())) {
			throw TandemException.badInput("closedOn", "closedOn is before the lead came in");
		}
	}

	private static Deal sameDeal(Deal earlier, RecordDealInput input, Long salesperson) {
		boolean same = Objects.equals(earlier.getClientId(), Ids.parse(input.clientId(), "clientId"))
				&& Objects.equals(earlier.getLeadId(), Ids.parseOptional(input.leadId(), "leadId"))
				&& Objects.equals(earlier.getSalespersonId(), salesperson)
				&& earlier.getClosedOn().equals(input.closedOn()) && sameMoney(earlier.getRevenue(), input.revenue())
				&& sameMoney(earlier.getCost(), input.cost());
		if (!same) {
			throw TandemException.conflict("externalId",
					"A different deal with externalId \"" + earlier.getExternalId() + "\" exists already");
		}
		return earlier;
	}

	private static boolean sameMoney(BigDecimal a, BigDecimal b) {
		return a.compareTo(b) == 0;
	}

}
