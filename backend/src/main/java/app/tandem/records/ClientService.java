package app.tandem.records;

import java.util.Collection;
import java.util.List;

import app.tandem.people.EmployeeDirectory;
import app.tandem.people.Position;
import app.tandem.people.Viewer;
import app.tandem.people.Viewers;
import app.tandem.records.RecordInputs.CreateClientInput;
import app.tandem.shared.CompanyCalendar;
import app.tandem.shared.Ids;
import app.tandem.shared.InputCheck;
import app.tandem.shared.Pages;
import app.tandem.shared.TandemException;

import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
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

	ClientService(ClientRepository clients, EmployeeDirectory people, Viewers viewers, Pages pages,
			CompanyCalendar calendar) {
		this.clients = clients;
		this.people = people;
		this.viewers = viewers;
		this.pages = pages;
		this.calendar = calendar;
	}

	@Transactional(readOnly = true)
	public Window<Client> clients(Integer first, String after) {
		Viewer viewer = this.viewers.current();
		Pages.Page page = this.pages.of(first, after);
		return this.clients.findBy(Visibility.clients(viewer),
				(q) -> q.sortBy(Sort.by(Sort.Direction.DESC, "id")).limit(page.size()).scroll(page.position()));
	}

	@Transactional(readOnly = true)
	public List<Client> byIds(Collection<Long> ids) {
		return this.clients.findAllById(ids);
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
		return this.clients
			.saveAndFlush(new Client(name, manager, viewer.id(), CompanyCalendar.toUtc(this.calendar.now())));
	}

	/** The client, if this person may see it; "not found" otherwise. */
	Client requireVisible(String id, Viewer viewer) {
		Long clientId = Ids.parse(id, "clientId");
		return this.clients
			.findOne(Visibility.clients(viewer).and((root, query, cb) -> cb.equal(root.get("id"), clientId)))
			.orElseThrow(() -> TandemException.notFound("clientId", "No client with id " + id));
	}

}
