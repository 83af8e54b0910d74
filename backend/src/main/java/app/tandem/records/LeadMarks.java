package app.tandem.records;

import app.tandem.people.Viewer;
import app.tandem.shared.TandemException;

import org.springframework.stereotype.Component;

/**
 * The lead's side of a dispute about its NOT_TARGET mark (SPEC §12): which leads may be
 * contested, and what opening and ruling do to the lead. The dispute itself lives in the
 * handoffs module; the lead keeps its latest dispute state so the KPI queries count only
 * marks that stand.
 */
@Component
public class LeadMarks {

	/** The lead's dispute states, as kept in {@code sales_lead.dispute_status}. */
	static final String OPEN = "OPEN";

	static final String UPHELD = "UPHELD";

	static final String OVERTURNED = "OVERTURNED";

	private final LeadService leadService;

	private final LeadRepository leads;

	private final RecordHistory history;

	LeadMarks(LeadService leadService, LeadRepository leads, RecordHistory history) {
		this.leadService = leadService;
		this.leads = leads;
		this.history = history;
	}

	/**
	 * The lead {@code viewer} may contest: their own (as its marketer), LOST as
	 * NOT_TARGET, not voided, and never disputed before: an owner's ruling on a lead is
	 * final.
	 */
	public Lead requireContestable(String leadId, Viewer viewer) {
		Lead lead = this.leadService.requireVisible(leadId, viewer, "leadId");
		if (!viewer.isSelf(lead.getMarketerId())) {
			throw TandemException.forbidden("leadId", "Only the lead's marketer contests its mark");
		}
		if (lead.isVoided()) {
			throw TandemException.badInput("leadId", "This lead is voided");
		}
		if (lead.getLostReason() != LostReason.NOT_TARGET) {
			throw TandemException.badInput("leadId", "Only a lead marked NOT_TARGET can be contested");
		}
		if (OPEN.equals(lead.getDisputeStatus())) {
			throw TandemException.conflict("leadId", "This lead's mark is contested already: the owner rules first");
		}
		if (lead.getDisputeStatus() != null) {
			throw TandemException.conflict("leadId", "An owner has ruled on this lead's mark already");
		}
		return lead;
	}

	/** The lead the dispute is about, whatever its state now. */
	public Lead require(long leadId) {
		return this.leads.findById(leadId).orElseThrow(() -> TandemException.notFound("leadId", "No lead " + leadId));
	}

	/**
	 * Its mark is contested: it stops counting against the channel until the owner rules.
	 */
	public void contested(Lead lead, long by) {
		FieldChanges changes = this.history.changes();
		lead.disputed(changes.set("disputeStatus", lead.getDisputeStatus(), OPEN));
		this.leads.saveAndFlush(lead);
		this.history.updated(RecordKind.LEAD, lead.getId(), by, changes);
	}

	/**
	 * The owner's ruling: upheld, the mark stands; overturned, the lost reason becomes
	 * OTHER (a selling loss, not a marketing one). Kept in the lead's history with the
	 * owner's comment.
	 */
	public void ruled(Lead lead, boolean overturned, long by, String comment) {
		FieldChanges changes = this.history.changes();
		if (overturned) {
			changes.set("lostReason", lead.getLostReason(), LostReason.OTHER);
			lead.close(lead.getStatus(), LostReason.OTHER, lead.getClosedAt());
		}
		lead.disputed(changes.set("disputeStatus", lead.getDisputeStatus(), overturned ? OVERTURNED : UPHELD));
		this.leads.saveAndFlush(lead);
		this.history.updated(RecordKind.LEAD, lead.getId(), by, comment, changes);
	}

}
