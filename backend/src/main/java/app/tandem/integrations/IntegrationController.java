package app.tandem.integrations;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import app.tandem.people.Employee;
import app.tandem.people.EmployeeDirectory;
import app.tandem.records.Channel;
import app.tandem.records.ChannelService;

import app.tandem.integrations.WebhookEvent.Status;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class IntegrationController {

	private final IntegrationService service;

	private final EmployeeDirectory people;

	private final ChannelService channels;

	IntegrationController(IntegrationService service, EmployeeDirectory people, ChannelService channels) {
		this.service = service;
		this.people = people;
		this.channels = channels;
	}

	record CreateIntegrationInput(IntegrationKind kind, String name) {
	}

	@QueryMapping
	List<Integration> integrations() {
		return this.service.all();
	}

	@QueryMapping
	List<WebhookEvent> webhookEvents(@Argument String integrationId, @Argument Status status, @Argument Integer first) {
		return this.service.events(integrationId, status, first);
	}

	@MutationMapping
	Integration createIntegration(@Argument CreateIntegrationInput input) {
		return this.service.create(input.kind(), input.name());
	}

	@MutationMapping
	Integration rotateIntegrationSecret(@Argument String id) {
		return this.service.rotate(id);
	}

	@MutationMapping
	Integration deactivateIntegration(@Argument String id) {
		return this.service.deactivate(id);
	}

	@MutationMapping
	WebhookEvent replayWebhookEvent(@Argument String id) {
		return this.service.replay(id);
	}

	@MutationMapping
	AmoCrmMapping setIntegrationMapping(@Argument AmoCrmMapping.SetIntegrationMappingInput input) {
		return this.service.setMapping(input);
	}

	@SchemaMapping(typeName = "Integration")
	AmoCrmMapping mapping(Integration integration) {
		return this.service.mapping(integration);
	}

	@SchemaMapping(typeName = "IntegrationMapping")
	Employee changedBy(AmoCrmMapping mapping) {
		Long id = mapping.changedById();
		return id == null ? null : this.people.byIds(List.of(id)).get(id);
	}

	@SchemaMapping(typeName = "IntegrationMapping")
	List<Map<String, Object>> users(AmoCrmMapping mapping) {
		Map<Long, Employee> employees = this.people
			.byIds(mapping.users().stream().map(AmoCrmMapping.User::employeeId).toList());
		return mapping.users()
			.stream()
			.map((user) -> Map.<String, Object>of("amoUserId", Long.toString(user.amoUserId()), "employee",
					employees.get(user.employeeId())))
			.toList();
	}

	@SchemaMapping(typeName = "IntegrationMapping")
	List<Map<String, Object>> statuses(AmoCrmMapping mapping) {
		return mapping.statuses()
			.stream()
			.map((status) -> Map.<String, Object>of("statusId", Long.toString(status.statusId()), "meaning",
					status.meaning().name()))
			.toList();
	}

	@SchemaMapping(typeName = "IntegrationMapping")
	List<Map<String, Object>> sources(AmoCrmMapping mapping) {
		Map<Long, Channel> byId = this.channels
			.byIds(mapping.sources().stream().map(AmoCrmMapping.Source::channelId).toList())
			.stream()
			.collect(java.util.stream.Collectors.toMap(Channel::getId, (c) -> c));
		return mapping.sources()
			.stream()
			.map((source) -> Map.<String, Object>of("source", source.source(), "channel", byId.get(source.channelId())))
			.toList();
	}

	@SchemaMapping(typeName = "Integration")
	int eventsReceived(Integration integration) {
		return this.service.counts(integration).received();
	}

	@SchemaMapping(typeName = "Integration")
	int eventsFailed(Integration integration) {
		return this.service.counts(integration).failed();
	}

	@SchemaMapping(typeName = "Integration")
	Instant lastEventAt(Integration integration) {
		return this.service.counts(integration).lastEventAt();
	}

}
