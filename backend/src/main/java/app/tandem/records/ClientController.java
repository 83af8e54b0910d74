package app.tandem.records;

import java.util.List;
import java.util.Map;

import app.tandem.people.Employee;
import app.tandem.people.EmployeeDirectory;
import app.tandem.records.RecordFilters.ClientFilter;
import app.tandem.records.RecordInputs.CreateClientInput;
import app.tandem.records.RecordInputs.UpdateClientInput;
import app.tandem.shared.BatchLoads;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
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
	Window<Client> clients(@Argument Integer first, @Argument String after, @Argument ClientFilter filter) {
		return this.clients.clients(first, after, filter);
	}

	@SchemaMapping(typeName = "ClientConnection")
	long totalCount(DataFetchingEnvironment env) {
		return this.clients.count(ConnectionArguments.of(env).get("filter", ClientFilter.class));
	}

	@MutationMapping
	Client createClient(@Argument CreateClientInput input) {
		return this.clients.create(input);
	}

	@MutationMapping
	Client updateClient(@Argument UpdateClientInput input) {
		return this.clients.update(input);
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
