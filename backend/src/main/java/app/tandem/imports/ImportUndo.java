package app.tandem.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import app.tandem.records.DealCorrections;
import app.tandem.records.LeadCorrections;
import app.tandem.records.LeadStatus;
import app.tandem.records.LostReason;
import app.tandem.records.RecordInputs.UpdateDealInput;
import app.tandem.records.RecordInputs.UpdateLeadInput;
import app.tandem.records.RecordInputs.UpdateSpendInput;
import app.tandem.records.RecordInputs.VoidInput;
import app.tandem.records.SpendService;

import org.springframework.graphql.data.ArgumentValue;
import org.springframework.stereotype.Component;

/**
 * Takes back one item of a batch through the records module's corrections and voids, so
 * the history of every record shows the revert like any other change. A created lead or
 * deal gives up its external id before it is voided, so importing the file again creates
 * it again; a created client stays (with no deal left it counts nowhere).
 */
@Component
class ImportUndo {

	private final LeadCorrections leads;

	private final DealCorrections deals;

	private final SpendService spends;

	ImportUndo(LeadCorrections leads, DealCorrections deals, SpendService spends) {
		this.leads = leads;
		this.deals = deals;
		this.spends = spends;
	}

	void undo(ImportItem item, String reason) {
		String id = Long.toString(item.recordId());
		Map<String, String> was = item.previous();
		boolean created = item.action() == ImportItem.Action.CREATED;
		switch (item.kind()) {
			case DEAL -> {
				if (created) {
					this.deals.update(new UpdateDealInput(id, null, ArgumentValue.ofNullable(null),
							ArgumentValue.omitted(), ArgumentValue.omitted(), ArgumentValue.omitted(),
							ArgumentValue.omitted(), ArgumentValue.omitted(), ArgumentValue.omitted()));
					this.deals.voidDeal(new VoidInput(id, reason, null));
				}
				else {
					this.deals.update(new UpdateDealInput(id, null, ArgumentValue.omitted(), ArgumentValue.omitted(),
							ArgumentValue.omitted(), ArgumentValue.omitted(),
							ArgumentValue.ofNullable(LocalDate.parse(was.get("closedOn"))),
							ArgumentValue.ofNullable(new BigDecimal(was.get("revenue"))),
							ArgumentValue.ofNullable(new BigDecimal(was.get("cost")))));
				}
			}
			case LEAD -> {
				if (created) {
					this.leads.update(new UpdateLeadInput(id, null, ArgumentValue.ofNullable(null),
							ArgumentValue.omitted(), ArgumentValue.omitted(), ArgumentValue.omitted(),
							ArgumentValue.omitted(), ArgumentValue.omitted(), ArgumentValue.omitted()));
					this.leads.voidLead(new VoidInput(id, reason, null));
				}
				else {
					String lostReason = was.get("lostReason");
					this.leads.update(new UpdateLeadInput(id, null, ArgumentValue.omitted(), ArgumentValue.omitted(),
							ArgumentValue.omitted(), ArgumentValue.omitted(),
							ArgumentValue.ofNullable(was.get("assigneeId")),
							ArgumentValue.ofNullable(LeadStatus.valueOf(was.get("status"))),
							ArgumentValue.ofNullable(lostReason == null ? null : LostReason.valueOf(lostReason))));
				}
			}
			case SPEND -> {
				if (created) {
					this.spends.voidSpend(new VoidInput(id, reason, null));
				}
				else {
					this.spends.update(new UpdateSpendInput(id, null, ArgumentValue.ofNullable(was.get("channelId")),
							ArgumentValue.ofNullable(was.get("marketerId")), ArgumentValue.omitted(),
							ArgumentValue.ofNullable(new BigDecimal(was.get("amount")))));
				}
			}
			default -> {
				// Clients: kept (see the class comment).
			}
		}
	}

}
