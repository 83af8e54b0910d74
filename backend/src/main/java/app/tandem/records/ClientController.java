package app.tandem.records;

import java.util.List;
import java.util.Map;

import app.tandem.people.Employee;
import app.tandem.people.EmployeeDirectory;
import app.tandem.records.RecordInputs.CreateClientInput;
import app.tandem.shared.BatchLoads;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class ClientController {

	private final ClientService clients;

	private final EmployeeDirectory people;

	ClientController(ClientService clients, EmployeeDirectory people) {
		this.clients = clients;
		this.people = people;
	}

	@QueryMapping
	Window<Client> clients(@Argument Integer first, @Argument String after) {
		return this.clients.clients(first, after);
	}

	@MutationMapping
	Client createClient(@Argument CreateClientInput input) {
		return this.clients.create(input);
	}

	@BatchMapping
	Map<Client, Employee> acquiredBy(List<Client> clients) {
		return BatchLoads.resolve(clients, Client::getAcquiredBy, this.people::byIds);
	}

	@BatchMapping
	Map<Client, Employee> accountManager(List<Client> clients) {
		return BatchLoads.resolve(clients, Client::getAccountManagerId, this.people::byIds);
	}

}
