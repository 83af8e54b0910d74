package app.tandem.records;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import app.tandem.people.Employee;
import app.tandem.people.EmployeeDirectory;
import app.tandem.records.RecordFilters.LeadFilter;
import app.tandem.records.RecordInputs.AssignLeadInput;
import app.tandem.records.RecordInputs.CloseLeadInput;
import app.tandem.records.RecordInputs.RecordLeadInput;
import app.tandem.records.RecordInputs.UpdateLeadInput;
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
class LeadController {

	private final LeadService leads;

	private final LeadCorrections corrections;

	private final ChannelService channels;

	private final EmployeeDirectory people;

	LeadController(LeadService leads, LeadCorrections corrections, ChannelService channels, EmployeeDirectory people) {
		this.leads = leads;
		this.corrections = corrections;
		this.channels = channels;
		this.people = people;
	}

	@QueryMapping
	Window<Lead> leads(@Argument Integer first, @Argument String after, @Argument YearMonth period,
			@Argument LeadStatus status, @Argument LeadFilter filter) {
		return this.leads.leads(first, after, period, status, filter);
	}

	@SchemaMapping(typeName = "LeadConnection")
	long totalCount(DataFetchingEnvironment env) {
		ConnectionArguments args = ConnectionArguments.of(env);
		return this.leads.count(args.get("period", YearMonth.class), args.get("status", LeadStatus.class),
				args.get("filter", LeadFilter.class));
	}

	@MutationMapping
	Lead recordLead(@Argument RecordLeadInput input) {
		return ExternalIds.recordOnce(input.externalId(), () -> this.leads.record(input));
	}

	@MutationMapping
	Lead assignLead(@Argument AssignLeadInput input) {
		return this.corrections.assign(input);
	}

	@MutationMapping
	Lead closeLead(@Argument CloseLeadInput input) {
		return this.corrections.close(input);
	}

	@MutationMapping
	Lead updateLead(@Argument UpdateLeadInput input) {
		return this.corrections.update(input);
	}

	@MutationMapping
	Lead voidLead(@Argument VoidInput input) {
		return this.corrections.voidLead(input);
	}

	@BatchMapping
	Map<Lead, Channel> channel(List<Lead> leads) {
		return BatchLoads.resolve(leads, Lead::getChannelId,
				(ids) -> BatchLoads.byId(this.channels.byIds(ids), Channel::getId));
	}

	@BatchMapping
	Map<Lead, Employee> marketer(List<Lead> leads) {
		return BatchLoads.resolve(leads, Lead::getMarketerId, this.people::byIds);
	}

	@BatchMapping
	Map<Lead, Employee> assignee(List<Lead> leads) {
		return BatchLoads.resolve(leads, Lead::getAssigneeId, this.people::byIds);
	}

}
