package app.tandem.demo;

import app.tandem.demo.DemoRecords.Client;
import app.tandem.demo.DemoRecords.Deal;
import app.tandem.demo.DemoRecords.Lead;
import app.tandem.demo.DemoRecords.Spend;
import app.tandem.records.LeadStatus;

/**
 * The part of the story that has happened by now, and so may be in the database: a lead
 * that comes in later today does not exist yet, and neither does the deal on it.
 */
final class SoFar {

	private final DemoStory story;

	private final DemoTime time;

	SoFar(DemoStory story) {
		this.story = story;
		this.time = story.time;
	}

	boolean happened(Spend spend) {
		return this.time.happened(spend.day());
	}

	boolean happened(Lead lead) {
		return this.time.happened(lead.createdAt());
	}

	boolean happened(Client client) {
		return this.time.happened(client.firstDealOn()) && happened(this.story.leads.get(client.leadIndex()));
	}

	boolean happened(Deal deal) {
		return this.time.happened(deal.closedOn()) && happened(this.story.clients.get(deal.clientIndex()))
				&& (deal.leadIndex() < 0 || happened(this.story.leads.get(deal.leadIndex())));
	}

	LeadStatus status(Lead lead) {
		if (!this.time.happened(lead.decidedOn())) {
			return LeadStatus.OPEN;
		}
		return lead.won() ? LeadStatus.WON : LeadStatus.LOST;
	}

	/** A fresh open lead may still wait for sales to pick it up. */
	boolean awaitsAssignee(Lead lead) {
		return status(lead) == LeadStatus.OPEN && lead.assignedLate()
				&& !lead.createdOn().isBefore(this.time.today().minusDays(1));
	}

}
