package app.tandem.records;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import app.tandem.people.Employee;
import app.tandem.people.EmployeeDirectory;
import app.tandem.records.RecordInputs.AssignLeadInput;
import app.tandem.records.RecordInputs.CloseLeadInput;
import app.tandem.records.RecordInputs.RecordLeadInput;
import app.tandem.shared.BatchLoads;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class LeadController {

	private final LeadService leads;

	private final ChannelService channels;

	private final EmployeeDirectory people;

	LeadController(LeadService leads, ChannelService channels, EmployeeDirectory people) {
		this.leads = leads;
		this.channels = channels;
		this.people = people;
	}

	@QueryMapping
	Window<Lead> leads(@Argument Integer first, @Argument String after, @Argument YearMonth period,
			@Argument LeadStatus status) {
		return this.leads.leads(first, after, period, status);
	}

	@MutationMapping
	Lead recordLead(@Argument RecordLeadInput input) {
		return ExternalIds.recordOnce(input.externalId(), () -> this.leads.record(input));
	}

	@MutationMapping
	Lead assignLead(@Argument AssignLeadInput input) {
		return this.leads.assign(input);
	}

	@MutationMapping
	Lead closeLead(@Argument CloseLeadInput input) {
		return this.leads.close(input);
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
