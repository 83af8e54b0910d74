package app.tandem.records;

import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import app.tandem.people.EmployeeDirectory;
import app.tandem.people.Position;
import app.tandem.people.Viewer;
import app.tandem.people.Viewers;
import app.tandem.records.RecordInputs.AssignLeadInput;
import app.tandem.records.RecordInputs.CloseLeadInput;
import app.tandem.records.RecordInputs.RecordLeadInput;
import app.tandem.shared.CompanyCalendar;
import app.tandem.shared.Ids;
import app.tandem.shared.InputCheck;
import app.tandem.shared.Pages;
import app.tandem.shared.TandemException;
import app.tandem.shared.Versions;

import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leads: marketers record their own and hand them to salespeople; the salesperson working a
 * lead sets its status. Owners do everything.
 */
@Service
public class LeadService {

	private final LeadRepository leads;

	private final DealRepository deals;

	private final ChannelService channels;

	private final EmployeeDirectory people;

	private final Viewers viewers;

	private final Pages pages;

	private final CompanyCalendar calendar;

	LeadService(LeadRepository leads, DealRepository deals, ChannelService channels, EmployeeDirectory people,
			Viewers viewers, Pages pages, CompanyCalendar calendar) {
		this.leads = leads;
		this.deals = deals;
		this.channels = channels;
		this.people = people;
		this.viewers = viewers;
		this.pages = pages;
		this.calendar = calendar;
	}

	@Transactional(readOnly = true)
	public Window<Lead> leads(Integer first, String after, YearMonth period, LeadStatus status) {
		Viewer viewer = this.viewers.current();
		Pages.Page page = this.pages.of(first, after);
		Specification<Lead> spec = Visibility.leads(viewer)
			.and(Visibility.leadsCreatedIn(period, period == null ? null : this.calendar.range(period)));
		if (status != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), status));
		}
		return this.leads.findBy(spec,
				(q) -> q.sortBy(Sort.by(Sort.Direction.DESC, "id")).limit(page.size()).scroll(page.position()));
	}

	@Transactional(readOnly = true)
	public List<Lead> byIds(Collection<Long> ids) {
		return this.leads.findAllById(ids);
	}

	@Transactional
	public Lead record(RecordLeadInput input) {
		Viewer viewer = this.viewers.current();
		if (!viewer.isOwner() && !viewer.is(Position.MARKETER)) {
			throw TandemException.forbidden("Only owners and marketers record leads");
		}
		String marketerId = input.marketerId() == null && !viewer.isOwner() ? Long.toString(viewer.id())
				: input.marketerId();
		String externalId = ExternalIds.normalize(input.externalId());
		Instant now = this.calendar.now();
		InputCheck check = new InputCheck().require(input.channelId(), "channelId").require(marketerId, "marketerId");
		ExternalIds.check(check, externalId);
		RecordDates.notFuture(check, input.createdAt(), now, "createdAt");
		check.throwIfInvalid();
		Long marketer = Ids.parse(marketerId, "marketerId");
		if (!viewer.isOwner() && !viewer.isSelf(marketer)) {
			throw TandemException.forbidden("marketerId", "A marketer records only their own leads");
		}
		Long channelId = Ids.parse(input.channelId(), "channelId");
		Long assignee = Ids.parseOptional(input.assigneeId(), "assigneeId");
		if (externalId != null) {
			Lead earlier = this.leads.findByExternalId(externalId).orElse(null);
			if (earlier != null) {
				return sameLead(earlier, input, channelId, marketer, assignee);
			}
		}
		Channel channel = this.channels.requireOpen(input.channelId(), "channelId");
		this.people.requireActive(marketer, "marketerId", Position.MARKETER);
		if (assignee != null) {
			this.people.requireActive(assignee, "assigneeId", Position.HUNTER, Position.FARMER);
		}
		Instant createdAt = input.createdAt() == null ? now : input.createdAt();
		return this.leads.saveAndFlush(new Lead(externalId, createdAt.isAfter(now) ? now : createdAt, channel.getId(),
				marketer, assignee, viewer.id(), now));
	}

	@Transactional
	public Lead assign(AssignLeadInput input) {
		Viewer viewer = this.viewers.current();
		new InputCheck().require(input.leadId(), "leadId").require(input.assigneeId(), "assigneeId").throwIfInvalid();
		Lead lead = requireVisible(input.leadId(), viewer);
		if (!viewer.isOwner() && !viewer.isSelf(lead.getMarketerId())) {
			throw TandemException.forbidden("leadId", "Only an owner or the lead's marketer hands it to a salesperson");
		}
		Versions.expect(input.expectedVersion(), lead.getVersion(), "lead");
		Long assignee = Ids.parse(input.assigneeId(), "assigneeId");
		this.people.requireActive(assignee, "assigneeId", Position.HUNTER, Position.FARMER);
		lead.assign(assignee);
		return this.leads.saveAndFlush(lead);
	}

	@Transactional
	public Lead close(CloseLeadInput input) {
		Viewer viewer = this.viewers.current();
		InputCheck check = new InputCheck().require(input.leadId(), "leadId").require(input.status(), "status");
		check.when(input.status() == LeadStatus.LOST && input.lostReason() == null, "lostReason",
				"lostReason is required for a LOST lead")
			.when(input.status() != null && input.status() != LeadStatus.LOST && input.lostReason() != null,
					"lostReason", "lostReason is only for LOST leads");
		check.throwIfInvalid();
		Lead lead = requireVisible(input.leadId(), viewer);
		if (!viewer.isOwner() && !viewer.isSelf(lead.getAssigneeId())) {
			throw TandemException.forbidden("leadId", "Only an owner or the salesperson working the lead sets its status");
		}
		Versions.expect(input.expectedVersion(), lead.getVersion(), "lead");
		if (input.status() != LeadStatus.WON && this.deals.existsByLeadId(lead.getId())) {
			throw TandemException.badInput("status", "This lead has a deal, so it is WON");
		}
		lead.close(input.status(), input.lostReason());
		return this.leads.saveAndFlush(lead);
	}

	/** The lead, if this person may see it; "not found" otherwise, so ids of others' leads reveal nothing. */
	Lead requireVisible(String id, Viewer viewer) {
		Long leadId = Ids.parse(id, "leadId");
		return this.leads.findOne(Visibility.leads(viewer).and((root, query, cb) -> cb.equal(root.get("id"), leadId)))
			.orElseThrow(() -> TandemException.notFound("leadId", "No lead with id " + id));
	}

	private static Lead sameLead(Lead earlier, RecordLeadInput input, Long channelId, Long marketer, Long assignee) {
		boolean same = Objects.equals(earlier.getChannelId(), channelId)
				&& Objects.equals(earlier.getMarketerId(), marketer)
				&& (input.createdAt() == null || earlier.getCreatedAt().equals(input.createdAt().truncatedTo(ChronoUnit.MICROS)))
				&& (assignee == null || assignee.equals(earlier.getAssigneeId()));
		if (!same) {
			throw TandemException.conflict("externalId",
					"A different lead with externalId \"" + earlier.getExternalId() + "\" exists already");
		}
		return earlier;
	}

}
