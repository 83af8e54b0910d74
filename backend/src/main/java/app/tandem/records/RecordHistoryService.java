package app.tandem.records;

import java.util.List;

import app.tandem.people.Viewer;
import app.tandem.people.Viewers;
import app.tandem.shared.Ids;
import app.tandem.shared.TandemException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A record's history, for whoever may see the record (owners: every record). */
@Service
class RecordHistoryService {

	private final RecordHistory history;

	private final LeadService leads;

	private final DealRepository deals;

	private final SpendService spends;

	private final ClientService clients;

	private final ChannelService channels;

	private final Viewers viewers;

	RecordHistoryService(RecordHistory history, LeadService leads, DealRepository deals, SpendService spends,
			ClientService clients, ChannelService channels, Viewers viewers) {
		this.history = history;
		this.leads = leads;
		this.deals = deals;
		this.spends = spends;
		this.clients = clients;
		this.channels = channels;
		this.viewers = viewers;
	}

	@Transactional(readOnly = true)
	List<RecordChange> history(RecordKind kind, String id) {
		Viewer viewer = this.viewers.current();
		if (kind == null) {
			throw TandemException.badInput("kind", "kind is required");
		}
		long recordId = switch (kind) {
			case LEAD -> this.leads.requireVisible(id, viewer, "id").getId();
			case DEAL -> this.deals
				.findOne(Visibility.deals(viewer)
					.and((root, query, cb) -> cb.equal(root.get("id"), Ids.parse(id, "id"))))
				.orElseThrow(() -> TandemException.notFound("id", "No deal with id " + id))
				.getId();
			case SPEND -> this.spends.requireVisible(id, viewer).getId();
			case CLIENT -> this.clients.requireVisible(id, viewer, "id").getId();
			case CHANNEL -> this.channels.require(id, "id").getId();
		};
		return this.history.of(kind, recordId);
	}

}
