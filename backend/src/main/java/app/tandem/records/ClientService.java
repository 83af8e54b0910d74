package app.tandem.records;

import java.util.Collection;
import java.util.List;

import app.tandem.people.EmployeeDirectory;
import app.tandem.people.Position;
import app.tandem.people.Viewer;
import app.tandem.people.Viewers;
import app.tandem.records.RecordFilters.ClientFilter;
import app.tandem.records.RecordInputs.CreateClientInput;
import app.tandem.records.RecordInputs.UpdateClientInput;
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

/** Clients: hunters add them; each salesperson sees only their own client list. */
@Service
public class ClientService {

	private final ClientRepository clients;

	private final EmployeeDirectory people;

	private final Viewers viewers;

	private final Pages pages;

	private final CompanyCalendar calendar;

	private final RecordHistory history;

	ClientService(ClientRepository clients, EmployeeDirectory people, Viewers viewers, Pages pages,
			CompanyCalendar calendar, RecordHistory history) {
		this.clients = clients;
		this.people = people;
		this.viewers = viewers;
		this.pages = pages;
		this.calendar = calendar;
		this.history = history;
	}

	@Transactional(readOnly = true)
	public Window<Client> clients(Integer first, String after, ClientFilter filter) {
		Pages.Page page = this.pages.of(first, after);
		return this.clients.findBy(spec(filter),
				(q) -> q.sortBy(Sort.by(Sort.Direction.DESC, "id")).limit(page.size()).scroll(page.position()));
	}

	@Transactional(readOnly = true)
	public long count(ClientFilter filter) {
		return this.clients.count(spec(filter));
	}

	private Specification<Client> spec(ClientFilter filter) {
		return Visibility.clients(this.viewers.current()).and(RecordFilters.clients(filter));
	}

	@Transactional(readOnly = true)
	public List<Client> byIds(Collection<Long> ids) {
		return this.clients.findAllById(ids);
	}

	/**
	 * Every client, whoever's: for an owner's import, which matches clients by name.
	 * Callers check that the viewer is an owner (salespeople do not share client lists).
	 */
	@Transactional(readOnly = true)
	public List<Client> everyClient() {
		return this.clients.findAll();
	}

	@Transactional
	public Client create(CreateClientInput input) {
		Viewer viewer = this.viewers.current();
		if (!viewer.isOwner() && !viewer.is(Position.HUNTER)) {
			throw TandemException.forbidden("Only owners and hunters add clients");
		}
		String name = input.name() == null ? null : input.name().trim();
		new InputCheck().require(name, "name").maxLength(name, 200, "name").throwIfInvalid();
		Long manager = Ids.parseOptional(input.accountManagerId(), "accountManagerId");
		if (manager != null) {
			this.people.requireActive(manager, "accountManagerId", Position.FARMER);
		}
		Client client = this.clients
			.saveAndFlush(new Client(name, manager, viewer.id(), CompanyCalendar.toUtc(this.calendar.now())));
		FieldChanges created = this.history.changes();
		created.set("name", null, client.getName());
		created.set("accountManagerId", null, client.getAccountManagerId());
		this.history.created(RecordKind.CLIENT, client.getId(), viewer.id(), created);
		return client;
	}

	/**
	 * Owners, the hunter who added the client and the salesperson who acquired it correct
	 * its name and manager.
	 */
	@Transactional
	public Client update(UpdateClientInput input) {
		Viewer viewer = this.viewers.current();
		new InputCheck().require(input.id(), "id").throwIfInvalid();
		Client client = requireVisible(input.id(), viewer, "id");
		if (!viewer.isOwner() && !viewer.isSelf(client.getCreatedBy()) && !viewer.isSelf(client.getAcquiredBy())) {
			throw TandemException.forbidden("id",
					"Only an owner, the client's hunter or its first salesperson corrects it");
		}
		Versions.expect(input.expectedVersion(), client.getVersion(), "client");
		InputCheck check = new InputCheck();
		Patch.notCleared(check, input.name(), "name");
		String name = Patch.value(input.name(), client.getName());
		name = name == null ? null : name.trim();
		check.require(name, "name").maxLength(name, 200, "name").throwIfInvalid();
		Long manager = Patch.given(input.accountManagerId())
				? Ids.parseOptional(input.accountManagerId().value(), "accountManagerId")
				: client.getAccountManagerId();
		if (manager != null && !manager.equals(client.getAccountManagerId())) {
			this.people.requireActive(manager, "accountManagerId", Position.FARMER);
		}
		FieldChanges changes = this.history.changes();
		client.correct(changes.set("name", client.getName(), name),
				changes.set("accountManagerId", client.getAccountManagerId(), manager));
		if (changes.isEmpty()) {
			return client;
		}
		Client saved = this.clients.saveAndFlush(client);
		this.history.updated(RecordKind.CLIENT, client.getId(), viewer.id(), changes);
		return saved;
	}

	/** The client, if this person may see it; "not found" otherwise. */
	Client requireVisible(String id, Viewer viewer) {
		return requireVisible(id, viewer, "clientId");
	}

	Client requireVisible(String id, Viewer viewer, String field) {
		Long clientId = Ids.parse(id, field);
		return this.clients
			.findOne(Visibility.clients(viewer).and((root, query, cb) -> cb.equal(root.get("id"), clientId)))
			.orElseThrow(() -> TandemException.notFound(field, "No client with id " + id));
	}

}
