package app.tandem.records;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import app.tandem.people.Employee;
import app.tandem.people.EmployeeDirectory;
import app.tandem.records.RecordFilters.DealFilter;
import app.tandem.records.RecordInputs.RecordDealInput;
import app.tandem.records.RecordInputs.UpdateDealInput;
import app.tandem.records.RecordInputs.VoidInput;
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
class DealController {

	private final DealService deals;

	private final DealCorrections corrections;

	private final ClientService clients;

	private final LeadService leads;

	private final EmployeeDirectory people;

	DealController(DealService deals, DealCorrections corrections, ClientService clients, LeadService leads,
			EmployeeDirectory people) {
		this.deals = deals;
		this.corrections = corrections;
		this.clients = clients;
		this.leads = leads;
		this.people = people;
	}

	@QueryMapping
	Window<Deal> deals(@Argument Integer first, @Argument String after, @Argument YearMonth period,
			@Argument DealFilter filter) {
		return this.deals.deals(first, after, period, filter);
	}

	@SchemaMapping(typeName = "DealConnection")
	long totalCount(DataFetchingEnvironment env) {
		ConnectionArguments args = ConnectionArguments.of(env);
		return this.deals.count(args.get("period", YearMonth.class), args.get("filter", DealFilter.class));
	}

	@MutationMapping
	Deal recordDeal(@Argument RecordDealInput input) {
		return InternalConflicts
			.retried(() -> ExternalIds.recordOnce(input.externalId(), () -> this.deals.record(input)));
	}

	@MutationMapping
	Deal updateDeal(@Argument UpdateDealInput input) {
		return this.corrections.update(input);
	}

	@MutationMapping
	Deal voidDeal(@Argument VoidInput input) {
		return this.corrections.voidDeal(input);
	}

	@BatchMapping
	Map<Deal, Client> client(List<Deal> deals) {
		return BatchLoads.resolve(deals, Deal::getClientId,
				(ids) -> BatchLoads.byId(this.clients.byIds(ids), Client::getId));
	}

	@BatchMapping
	Map<Deal, Lead> lead(List<Deal> deals) {
		return BatchLoads.resolve(deals, Deal::getLeadId, (ids) -> BatchLoads.byId(this.leads.byIds(ids), Lead::getId));
	}

	@BatchMapping
	Map<Deal, Employee> salesperson(List<Deal> deals) {
		return BatchLoads.resolve(deals, Deal::getSalespersonId, this.people::byIds);
	}

}
