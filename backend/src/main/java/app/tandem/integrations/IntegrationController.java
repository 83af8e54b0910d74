package app.tandem.integrations;

import java.time.Instant;
import java.util.List;

import app.tandem.integrations.WebhookEvent.Status;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class IntegrationController {

	private final IntegrationService service;

	IntegrationController(IntegrationService service) {
		this.service = service;
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
