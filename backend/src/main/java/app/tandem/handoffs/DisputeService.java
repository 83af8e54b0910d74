package app.tandem.handoffs;

import org.jspecify.annotations.Nullable;

import java.util.Collection;
import java.util.List;

import app.tandem.handoffs.DisputeInputs.ContestLostReasonInput;
import app.tandem.handoffs.DisputeInputs.ResolveDisputeInput;
import app.tandem.people.Viewer;
import app.tandem.people.Viewers;
import app.tandem.records.Lead;
import app.tandem.records.LeadMarks;
import app.tandem.shared.CompanyCalendar;
import app.tandem.shared.Ids;
import app.tandem.shared.InputCheck;
import app.tandem.shared.Pages;
import app.tandem.shared.TandemException;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disputes about NOT_TARGET marks (SPEC §12): the lead's marketer contests with an
 * argument, an owner upholds or overturns with a comment. One open dispute per lead (a
 * unique key, so two marketers' clicks at once cannot open two); every step is kept in
 * the lead's history too.
 */
@Service
public class DisputeService {

	private static final int MIN_TEXT = 3;

	private static final int MAX_TEXT = 1000;

	private final DisputeRepository disputes;

	private final LeadMarks marks;

	private final Viewers viewers;

	private final Pages pages;

	private final CompanyCalendar calendar;

	DisputeService(DisputeRepository disputes, LeadMarks marks, Viewers viewers, Pages pages,
			CompanyCalendar calendar) {
		this.disputes = disputes;
		this.marks = marks;
		this.viewers = viewers;
		this.pages = pages;
		this.calendar = calendar;
	}

	@Transactional
	public Dispute contest(ContestLostReasonInput input) {
		Viewer viewer = this.viewers.current();
		String comment = text(input.comment(), "comment");
		new InputCheck().require(input.leadId(), "leadId").throwIfInvalid();
		Lead lead = this.marks.requireContestable(input.leadId(), viewer);
		Dispute dispute = this.disputes
			.saveAndFlush(new Dispute(lead.getId(), viewer.id(), this.calendar.now(), comment));
		this.marks.contested(lead, viewer.id());
		return dispute;
	}

	@Transactional
	public Dispute resolve(ResolveDisputeInput input) {
		Viewer owner = this.viewers.requireOwner();
		String comment = text(input.comment(), "comment");
		new InputCheck().require(input.disputeId(), "disputeId").require(input.verdict(), "verdict").throwIfInvalid();
		Long id = Ids.parse(input.disputeId(), "disputeId");
		Dispute dispute = this.disputes.findById(id)
			.orElseThrow(() -> TandemException.notFound("disputeId", "No dispute with id " + input.disputeId()));
		if (dispute.getStatus() != DisputeStatus.OPEN) {
			throw TandemException.conflict("disputeId", "This dispute has been ruled on already");
		}
		dispute.resolve(owner.id(), this.calendar.now(), input.verdict(), comment);
		Dispute saved = this.disputes.saveAndFlush(dispute);
		this.marks.ruled(this.marks.require(dispute.getLeadId()), input.verdict() == DisputeVerdict.OVERTURNED,
				owner.id(), comment);
		return saved;
	}

	/**
	 * Newest first: owners see every dispute, the others those on leads they market or
	 * work.
	 */
	@Transactional(readOnly = true)
	public Window<Dispute> disputes(DisputeStatus status, Integer first, String after) {
		Pages.Page page = this.pages.of(first, after);
		return this.disputes.findBy(spec(status),
				(q) -> q.sortBy(Sort.by(Sort.Direction.DESC, "id")).limit(page.size()).scroll(page.position()));
	}

	@Transactional(readOnly = true)
	public long count(@Nullable DisputeStatus status) {
		return this.disputes.count(spec(status));
	}

	/** Every dispute of these leads, oldest first (the caller sees the leads already). */
	@Transactional(readOnly = true)
	public List<Dispute> ofLeads(Collection<Long> leadIds) {
		return this.disputes.findByLeadIdInOrderByIdAsc(leadIds);
	}

	private Specification<Dispute> spec(@Nullable DisputeStatus status) {
		Viewer viewer = this.viewers.current();
		Specification<Dispute> spec = (root, query, cb) -> status == null ? null : cb.equal(root.get("status"), status);
		if (viewer.isOwner()) {
			return spec;
		}
		return spec.and((root, query, cb) -> {
			Subquery<Long> own = query.subquery(Long.class);
			Root<Lead> lead = own.from(Lead.class);
			own.select(lead.get("id"))
				.where(cb.or(cb.equal(lead.get("marketerId"), viewer.id()),
						cb.equal(lead.get("assigneeId"), viewer.id())));
			return root.get("leadId").in(own);
		});
	}

	private static String text(@Nullable String value, String field) {
		String text = value == null ? null : value.trim();
		new InputCheck().require(text, field)
			.when(text != null && !text.isEmpty() && text.length() < MIN_TEXT, field,
					field + " must be at least " + MIN_TEXT + " characters")
			.maxLength(text, MAX_TEXT, field)
			.throwIfInvalid();
		return java.util.Objects.requireNonNull(text);
	}

}
