package app.tandem.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.tandem.imports.PlannedRow.DealRow;
import app.tandem.imports.PlannedRow.LeadRow;
import app.tandem.imports.PlannedRow.Sale;
import app.tandem.imports.PlannedRow.SpendRow;
import app.tandem.imports.RowOutcome.Result;
import app.tandem.records.Client;
import app.tandem.records.ClientService;
import app.tandem.records.Deal;
import app.tandem.records.DealCorrections;
import app.tandem.records.DealService;
import app.tandem.records.Lead;
import app.tandem.records.LeadCorrections;
import app.tandem.records.LeadService;
import app.tandem.records.LeadStatus;
import app.tandem.records.LostReason;
import app.tandem.records.RecordInputs.CloseLeadInput;
import app.tandem.records.RecordInputs.CreateClientInput;
import app.tandem.records.RecordInputs.RecordDealInput;
import app.tandem.records.RecordInputs.RecordLeadInput;
import app.tandem.records.RecordInputs.RecordSpendInput;
import app.tandem.records.RecordInputs.UpdateDealInput;
import app.tandem.records.RecordInputs.UpdateLeadInput;
import app.tandem.records.RecordInputs.UpdateSpendInput;
import app.tandem.records.RecordKind;
import app.tandem.records.Spend;
import app.tandem.records.SpendService;

import org.springframework.graphql.data.ArgumentValue;
import org.springframework.stereotype.Component;

/**
 * Writes a planned row through the records module's own operations (recordLead,
 * closeLead, recordDeal, updateDeal, recordSpend, …), so every rule, figure, history
 * entry and audit of a hand-typed record holds for an imported one. A row already in
 * Tandem (same external id or spend key) and the same is left unchanged; a changed one is
 * updated from the file.
 */
@Component
class RowWriter {

	/**
	 * In an update's previous state: the record's version before the import changed it
	 * (see ImportBatches).
	 */
	static final String VERSION = "version";

	private final LeadService leads;

	private final LeadCorrections leadCorrections;

	private final DealService deals;

	private final DealCorrections dealCorrections;

	private final ClientService clients;

	private final SpendService spends;

	private final ImportBatchStore store;

	RowWriter(LeadService leads, LeadCorrections leadCorrections, DealService deals, DealCorrections dealCorrections,
			ClientService clients, SpendService spends, ImportBatchStore store) {
		this.leads = leads;
		this.leadCorrections = leadCorrections;
		this.deals = deals;
		this.dealCorrections = dealCorrections;
		this.clients = clients;
		this.spends = spends;
		this.store = store;
	}

	RowOutcome write(PlannedRow row, Directory directory) {
		if (row instanceof LeadRow lead) {
			return lead(lead, directory);
		}
		if (row instanceof DealRow deal) {
			return deal(deal, directory);
		}
		return spend((SpendRow) row);
	}

	private RowOutcome lead(LeadRow row, Directory directory) {
		List<ImportItem> items = new ArrayList<>();
		Lead existing = this.leads.byExternalId(row.externalId()).orElse(null);
		if (existing == null) {
			Lead lead = this.leads.record(new RecordLeadInput(row.externalId(), row.createdAt(), id(row.channelId()),
					id(row.marketerId()), id(row.assigneeId())));
			items.add(ImportItem.created(RecordKind.LEAD, lead.getId()));
			if (row.status() == LeadStatus.LOST) {
				this.leadCorrections
					.close(new CloseLeadInput(id(lead.getId()), LeadStatus.LOST, row.lostReason(), null));
			}
			if (row.sale() != null) {
				sell(row.sale(), lead.getId(), directory, items);
			}
			return new RowOutcome(Result.CREATED, items);
		}
		if (existing.isVoided()) {
			throw new RowProblem(row.columns().get("externalId"),
					"Lead " + row.externalId() + " is voided in Tandem; it is not imported again");
		}
		Map<String, String> previous = leadState(existing);
		boolean handOver = row.assigneeId() != null && !row.assigneeId().equals(existing.getAssigneeId());
		if (row.status() == LeadStatus.WON) {
			Deal deal = this.deals.byExternalId(row.sale().externalId()).orElse(null);
			if (deal != null) {
				return saleChanged(deal, row.sale(), row.columns());
			}
			if (existing.isConverted()) {
				// Won in Tandem already, by a deal recorded there: the file adds nothing.
				return RowOutcome.unchanged();
			}
			if (handOver) {
				this.leadCorrections.update(assign(existing.getId(), row.assigneeId()));
			}
			items.add(ImportItem.updated(RecordKind.LEAD, existing.getId(), previous));
			sell(row.sale(), existing.getId(), directory, items);
			return new RowOutcome(Result.UPDATED, items);
		}
		if (existing.isConverted()) {
			throw new RowProblem(row.columns().get("status"),
					"Lead " + row.externalId()
							+ " has a deal in Tandem, so it is WON there; void that deal first to import it as "
							+ row.status());
		}
		// The CRM does not know Tandem's dispute ruling: a file that still says
		// NOT_TARGET keeps the ruling.
		LostReason reason = existing.isMarkOverturned() && row.lostReason() == LostReason.NOT_TARGET ? LostReason.OTHER
				: row.lostReason();
		if (existing.getStatus() == row.status() && existing.getLostReason() == reason && !handOver) {
			return RowOutcome.unchanged();
		}
		this.leadCorrections.update(new UpdateLeadInput(id(existing.getId()), null, ArgumentValue.omitted(),
				ArgumentValue.omitted(), ArgumentValue.omitted(), ArgumentValue.omitted(),
				handOver ? ArgumentValue.ofNullable(id(row.assigneeId())) : ArgumentValue.omitted(),
				ArgumentValue.ofNullable(row.status()), ArgumentValue.ofNullable(reason)));
		items.add(ImportItem.updated(RecordKind.LEAD, existing.getId(), previous));
		return new RowOutcome(Result.UPDATED, items);
	}

	private RowOutcome deal(DealRow row, Directory directory) {
		Deal existing = this.deals.byExternalId(row.sale().externalId()).orElse(null);
		if (existing != null) {
			return saleChanged(existing, row.sale(), row.columns());
		}
		List<ImportItem> items = new ArrayList<>();
		Long leadId = null;
		if (row.leadExternalId() != null) {
			Lead lead = this.leads.byExternalId(row.leadExternalId())
				.orElseThrow(() -> new RowProblem(row.columns().get("leadId"),
						"No lead with externalId " + row.leadExternalId() + " in Tandem"));
			leadId = lead.getId();
			// Recording the deal marks the lead WON; a revert puts back what it was.
			items.add(ImportItem.updated(RecordKind.LEAD, leadId, leadState(lead)));
		}
		sell(row.sale(), leadId, directory, items);
		return new RowOutcome(Result.CREATED, items);
	}

	/**
	 * The deal of a row that Tandem has already: unchanged, or corrected to the file's
	 * revenue, cost and day.
	 */
	private RowOutcome saleChanged(Deal deal, Sale sale, Map<String, String> columns) {
		if (deal.isVoided()) {
			throw new RowProblem(columns.get("externalId"),
					"Deal " + deal.getExternalId() + " is voided in Tandem; it is not imported again");
		}
		if (deal.getRevenue().compareTo(sale.revenue()) == 0 && deal.getCost().compareTo(sale.cost()) == 0
				&& deal.getClosedOn().equals(sale.closedOn())) {
			return RowOutcome.unchanged();
		}
		Map<String, String> previous = Map.of("closedOn", deal.getClosedOn().toString(), "revenue",
				deal.getRevenue().toPlainString(), "cost", deal.getCost().toPlainString(), VERSION,
				Long.toString(deal.getVersion()));
		this.dealCorrections
			.update(new UpdateDealInput(id(deal.getId()), null, ArgumentValue.omitted(), ArgumentValue.omitted(),
					ArgumentValue.omitted(), ArgumentValue.omitted(), ArgumentValue.ofNullable(sale.closedOn()),
					ArgumentValue.ofNullable(sale.revenue()), ArgumentValue.ofNullable(sale.cost())));
		return new RowOutcome(Result.UPDATED, List.of(ImportItem.updated(RecordKind.DEAL, deal.getId(), previous)));
	}

	/** Records the sale's deal, with its client found by name or created. */
	private void sell(Sale sale, Long leadId, Directory directory, List<ImportItem> items) {
		Long clientId = directory.client(sale.clientName());
		if (clientId == null) {
			Client client = this.clients.create(new CreateClientInput(sale.clientName(), null));
			clientId = client.getId();
			directory.clientCreated(sale.clientName(), clientId);
			items.add(ImportItem.created(RecordKind.CLIENT, clientId));
		}
		Deal deal = this.deals.record(new RecordDealInput(sale.externalId(), id(clientId), id(leadId),
				id(sale.salespersonId()), sale.closedOn(), sale.revenue(), sale.cost()));
		items.add(ImportItem.created(RecordKind.DEAL, deal.getId()));
	}

	private RowOutcome spend(SpendRow row) {
		Spend existing = this.store.spendFor(row.key())
			.flatMap((id) -> this.spends.byIds(List.of(id)).stream().findFirst())
			.filter((spend) -> !spend.isVoided())
			.orElse(null);
		if (existing == null) {
			Spend spend = this.spends
				.record(new RecordSpendInput(id(row.channelId()), id(row.marketerId()), row.day(), row.amount()));
			return new RowOutcome(Result.CREATED,
					List.of(ImportItem.created(RecordKind.SPEND, spend.getId()).withKey(row.key())));
		}
		if (existing.getAmount().compareTo(row.amount()) == 0 && existing.getChannelId() == row.channelId()
				&& existing.getMarketerId() == row.marketerId() && existing.getDay().equals(row.day())) {
			return RowOutcome.unchanged();
		}
		Map<String, String> previous = Map.of("amount", existing.getAmount().toPlainString(), "channelId",
				id(existing.getChannelId()), "marketerId", id(existing.getMarketerId()), VERSION,
				Long.toString(existing.getVersion()));
		this.spends.update(new UpdateSpendInput(id(existing.getId()), null,
				ArgumentValue.ofNullable(id(row.channelId())), ArgumentValue.ofNullable(id(row.marketerId())),
				ArgumentValue.omitted(), ArgumentValue.ofNullable(row.amount())));
		return new RowOutcome(Result.UPDATED,
				List.of(ImportItem.updated(RecordKind.SPEND, existing.getId(), previous).withKey(row.key())));
	}

	private static UpdateLeadInput assign(long leadId, long assigneeId) {
		return new UpdateLeadInput(id(leadId), null, ArgumentValue.omitted(), ArgumentValue.omitted(),
				ArgumentValue.omitted(), ArgumentValue.omitted(), ArgumentValue.ofNullable(id(assigneeId)),
				ArgumentValue.omitted(), ArgumentValue.omitted());
	}

	/** What a revert puts back on a lead the import changed. */
	static Map<String, String> leadState(Lead lead) {
		Map<String, String> state = new HashMap<>();
		state.put(VERSION, Long.toString(lead.getVersion()));
		state.put("status", lead.getStatus().name());
		if (lead.getLostReason() != null) {
			state.put("lostReason", lead.getLostReason().name());
		}
		if (lead.getAssigneeId() != null) {
			state.put("assigneeId", id(lead.getAssigneeId()));
		}
		return state;
	}

	static String id(Long id) {
		return id == null ? null : Long.toString(id);
	}

}
