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
import app.tandem.records.RecordFilters.LeadFilter;
import app.tandem.records.RecordInputs.RecordLeadInput;
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
 * Leads: marketers record their own and hand them to salespeople; the salesperson working
 * a lead sets its status (see {@link LeadCorrections}). Owners do everything.
 */
@Service
public class LeadService {

	private final LeadRepository leads;

	private final ChannelService channels;

	private final EmployeeDirectory people;

	private final Viewers viewers;

	private final Pages pages;

	private final CompanyCalendar calendar;

	private final WriteWindow window;

	private final RecordHistory history;

	LeadService(LeadRepository leads, ChannelService channels, EmployeeDirectory people, Viewers viewers, Pages pages,
			CompanyCalendar calendar, WriteWindow window, RecordHistory history) {
		this.leads = leads;
		this.channels = channels;
		this.people = people;
		this.viewers = viewers;
		this.pages = pages;
		this.calendar = calendar;
		this.window = window;
		this.history = history;
	}

	@Transactional(readOnly = true)
	public Window<Lead> leads(Integer first, String after, YearMonth period, LeadStatus status, LeadFilter filter) {
		Pages.Page page = this.pages.of(first, after);
		return this.leads.findBy(spec(period, status, filter),
				(q) -> q.sortBy(Sort.by(Sort.Direction.DESC, "id")).limit(page.size()).scroll(page.position()));
	}

	@Transactional(readOnly = true)
	public long count(YearMonth period, LeadStatus status, LeadFilter filter) {
		return this.leads.count(spec(period, status, filter));
	}

	private Specification<Lead> spec(YearMonth period, LeadStatus status, LeadFilter filter) {
		Viewer viewer = this.viewers.current();
		Specification<Lead> spec = Visibility.leads(viewer)
			.and(Visibility.leadsCreatedIn(period, period == null ? null : this.calendar.range(period)))
			.and(RecordFilters.leads(filter, this.calendar));
		if (status != null) {
			spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), status));
		}
		return spec;
	}

	@Transactional(readOnly = true)
	public List<Lead> byIds(Collection<Long> ids) {
		return this.leads.findAllById(ids);
	}

	/** The lead with this source-system id, voided or not (imports match rows by it). */
	@Transactional(readOnly = true)
	public java.util.Optional<Lead> byExternalId(String externalId) {
		return this.leads.findByExternalId(externalId);
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
		this.window.require(viewer, createdAt, "createdAt");
		Lead lead = this.leads.saveAndFlush(new Lead(externalId, createdAt.isAfter(now) ? now : createdAt,
				channel.getId(), marketer, assignee, viewer.id(), now));
		FieldChanges created = this.history.changes();
		created.set("externalId", null, lead.getExternalId());
		created.set("createdAt", null, lead.getCreatedAt());
		created.set("channelId", null, lead.getChannelId());
		created.set("marketerId", null, lead.getMarketerId());
		created.set("assigneeId", null, lead.getAssigneeId());
		created.set("status", null, lead.getStatus());
		this.history.created(RecordKind.LEAD, lead.getId(), viewer.id(), created);
		return lead;
	}

	/**
	 * The lead, if this person may see it; "not found" otherwise, so ids of others' leads
	 * reveal nothing.
	 */
	Lead requireVisible(String id, Viewer viewer) {
		return requireVisible(id, viewer, "leadId");
	}

	Lead requireVisible(String id, Viewer viewer, String field) {
		Long leadId = Ids.parse(id, field);
		return this.leads.findOne(Visibility.leads(viewer).and((root, query, cb) -> cb.equal(root.get("id"), leadId)))
			.orElseThrow(() -> TandemException.notFound(field, "No lead with id " + id));
	}

	private static Lead sameLead(Lead earlier, RecordLeadInput input, Long channelId, Long marketer, Long assignee) {
		boolean same = Objects.equals(earlier.getChannelId(), channelId)
				&& Objects.equals(earlier.getMarketerId(), marketer)
				&& (input.createdAt() == null
						|| earlier.getCreatedAt().equals(input.createdAt().truncatedTo(ChronoUnit.MICROS)))
				&& (assignee == null || assignee.equals(earlier.getAssigneeId()));
		if (!same) {
			throw TandemException
				.conflict("externalId",
						"A different lead with externalId \"" + earlier.getExternalId() + "\" exists already")
				.withCode(ErrorCode.DUPLICATE_EXTERNAL_ID);
		}
		return earlier;
	}

}
