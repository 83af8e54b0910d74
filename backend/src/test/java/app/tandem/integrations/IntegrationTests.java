package app.tandem.integrations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import app.tandem.support.Company;
import app.tandem.support.Company.Member;
import app.tandem.support.TandemTest;
import app.tandem.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhooks in (docs/spec.md §10) through HTTP: the generic signed JSON hook, stored and
 * answered at once, processed once in the background, in order, with retries, failures
 * listed and replayed. "Today" is 15 November 2026.
 */
@TandemTest
// The retry test moves the company's clock, not the wall clock the worker's own kicks
// follow: poll often here.
@org.springframework.test.context.TestPropertySource(properties = "tandem.webhooks.poll=500ms")
class IntegrationTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@Autowired
	Company company;

	@Autowired
	TestClock clock;

	@LocalServerPort
	int port;

	String direct;

	String hookUrl;

	String secret;

	String integrationId;

	@BeforeEach
	void integration() {
		Company c = this.company.reset();
		this.direct = c.channel("Site forms");
		Map<String, Object> created = c.owner.graphql()
			.document(
					"mutation($i: CreateIntegrationInput!) { createIntegration(input: $i) { id kind name hookUrl secret active eventsReceived } }")
			.variable("i", Map.of("kind", "GENERIC", "name", "Site forms"))
			.execute()
			.path("createIntegration")
			.entity(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		this.integrationId = (String) created.get("id");
		this.secret = (String) created.get("secret");
		this.hookUrl = (String) created.get("hookUrl");
		assertThat(this.secret).hasSizeGreaterThanOrEqualTo(40);
		assertThat(this.hookUrl).isEqualTo("/hooks/generic/" + this.secret);
		assertThat(created).containsEntry("active", true).containsEntry("eventsReceived", 0);
	}

	String lead(String externalId) {
		return "{\"type\":\"lead\",\"externalId\":\"" + externalId + "\",\"createdAt\":\"2026-11-14T10:00:00+03:00\","
				+ "\"channelId\":\"" + this.direct + "\",\"marketerId\":\"" + this.company.marketer.idString() + "\"}";
	}

	static String sign(String body, String secret) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
	}

	HttpResponse<String> deliver(String url, String body, String signature) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + url))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (signature != null) {
			request.header("X-Tandem-Signature", signature);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> deliver(String body) throws Exception {
		return deliver(this.hookUrl, body, sign(body, this.secret));
	}

	List<Map<String, Object>> events() {
		return this.company.owner.graphql()
			.document("query($id: ID!) { webhookEvents(integrationId: $id) { id status attempts lastError body } }")
			.variable("id", this.integrationId)
			.execute()
			.path("webhookEvents")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	/** Waits up to 5 s for the background worker. */
	static <T> T eventually(Supplier<T> read, java.util.function.Predicate<T> done) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		T value = read.get();
		while (!done.test(value) && System.nanoTime() < deadline) {
			Thread.sleep(100);
			value = read.get();
		}
		return value;
	}

	@Test
	void aSignedDeliveryIsAnsweredAtOnceAndBecomesTheLeadOnceEvenWhenDeliveredTwice() throws Exception {
		HttpResponse<String> first = deliver(lead("form-1"));
		assertThat(first.statusCode()).isEqualTo(202);
		assertThat(first.body()).contains("\"duplicate\":false");
		HttpResponse<String> again = deliver(lead("form-1"));
		assertThat(again.statusCode()).isEqualTo(202);
		assertThat(again.body()).contains("\"duplicate\":true");

		List<Map<String, Object>> events = eventually(this::events, (list) -> "DONE".equals(list.get(0).get("status")));
		assertThat(events).singleElement()
			.satisfies((event) -> assertThat(event).containsEntry("status", "DONE").containsEntry("attempts", 1));
		assertThat(this.company.count("sales_lead")).isEqualTo(1);
		assertThat(this.company.owner.graphql()
			.document("{ integrations { eventsReceived eventsFailed lastEventAt secret hookUrl } }")
			.execute()
			.path("integrations[0]")
			.entity(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get()).containsEntry("eventsReceived", 1)
			.containsEntry("eventsFailed", 0)
			.containsEntry("secret", null)
			.containsEntry("hookUrl", null)
			.containsEntry("lastEventAt", "2026-11-15T12:00:00+03:00");
	}

	@Test
	void unsignedWronglySignedUnknownOrUnreadableDeliveriesWriteNothing() throws Exception {
		String body = lead("form-2");
		assertThat(deliver(this.hookUrl, body, null).statusCode()).isEqualTo(401);
		HttpResponse<String> wrong = deliver(this.hookUrl, body, sign(body, "another secret"));
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(wrong.body()).contains("BAD_SIGNATURE");
		assertThat(deliver(this.hookUrl, body, sign(body + " ", this.secret)).statusCode()).isEqualTo(401);
		assertThat(deliver("/hooks/generic/not-a-secret", body, sign(body, "not-a-secret")).statusCode())
			.isEqualTo(404);
		assertThat(deliver("{\"type\":\"refund\",\"externalId\":\"x\"}").statusCode()).isEqualTo(400);
		assertThat(deliver("[1,2]").body()).contains("BAD_EVENT");
		assertThat(deliver("{\"type\":\"lead\"}").body()).contains("externalId is required");
		String huge = "{\"type\":\"lead\",\"externalId\":\"x\",\"pad\":\"" + "x".repeat(70_000) + "\"}";
		HttpResponse<String> tooLarge = deliver(huge);
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(tooLarge.body()).contains("TOO_LARGE");
		assertThat(this.company.count("webhook_event")).isZero();
		Thread.sleep(700);
		assertThat(this.company.count("sales_lead")).isZero();
	}

	@Test
	void aDealBeforeItsLeadWaitsAndIsRetriedWithBackoffUntilTheLeadHasCome() throws Exception {
		String client = this.company.client("ООО Волга");
		String deal = "{\"type\":\"deal\",\"externalId\":\"crm-7\",\"leadExternalId\":\"form-3\",\"clientId\":\""
				+ client + "\",\"salespersonId\":\"" + this.company.hunter.idString()
				+ "\",\"closedOn\":\"2026-11-14\",\"revenue\":\"1000.00\",\"cost\":\"600.00\"}";
		deliver(deal);
		Map<String, Object> waiting = eventually(this::events, (list) -> ((Integer) list.get(0).get("attempts")) > 0)
			.get(0);
		assertThat(waiting).containsEntry("status", "PENDING").containsEntry("attempts", 1);
		assertThat((String) waiting.get("lastError")).contains("No lead with externalId form-3 yet");

		deliver(lead("form-3"));
		eventually(() -> this.company.count("sales_lead"), (n) -> n == 1);
		// The retry is due 5 s later on the company's clock.
		this.clock.set(TestClock.DEFAULT.plusSeconds(6));
		Map<String, Object> done = eventually(this::events,
				(list) -> list.stream().allMatch((event) -> "DONE".equals(event.get("status"))))
			.stream()
			.filter((event) -> ((String) event.get("body")).contains("crm-7"))
			.findFirst()
			.orElseThrow();
		assertThat(done).containsEntry("status", "DONE").containsEntry("attempts", 2);
		assertThat(this.company.count("deal")).isEqualTo(1);
	}

	@Test
	void anEventTandemRefusesIsListedWithItsReasonAndReplayedOnceTheCauseIsFixed() throws Exception {
		this.company.owner.graphql()
			.document("mutation($id: ID!) { archiveChannel(id: $id) { archived } }")
			.variable("id", this.direct)
			.execute()
			.path("archiveChannel.archived")
			.entity(Boolean.class)
			.isEqualTo(true);
		deliver(lead("form-4"));
		Map<String, Object> failed = eventually(this::events, (list) -> "FAILED".equals(list.get(0).get("status")))
			.get(0);
		assertThat(failed).containsEntry("status", "FAILED").containsEntry("attempts", 1);
		assertThat((String) failed.get("lastError")).startsWith("BAD_REQUEST: channelId:").contains("archived");
		assertThat(this.company.count("sales_lead")).isZero();

		this.company.owner.graphql()
			.document("mutation($i: UpdateChannelInput!) { updateChannel(input: $i) { archived } }")
			.variable("i", Map.of("id", this.direct, "archived", false))
			.execute()
			.path("updateChannel.archived")
			.entity(Boolean.class)
			.isEqualTo(false);
		this.company.owner.graphql()
			.document("mutation($id: ID!) { replayWebhookEvent(id: $id) { status attempts } }")
			.variable("id", failed.get("id"))
			.execute()
			.path("replayWebhookEvent.status")
			.entity(String.class)
			.isEqualTo("PENDING");
		assertThat(eventually(this::events, (list) -> "DONE".equals(list.get(0).get("status"))).get(0))
			.containsEntry("status", "DONE");
		assertThat(this.company.count("sales_lead")).isEqualTo(1);
		// Only a failed event is replayed.
		assertThat(this.company.owner.graphql()
			.document("mutation($id: ID!) { replayWebhookEvent(id: $id) { status } }")
			.variable("id", failed.get("id"))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).contains("Only a FAILED event"))));
	}

	@Test
	void aRotatedSecretEndsTheOldUrlAndADeactivatedIntegrationTakesNothing() throws Exception {
		Map<String, Object> rotated = this.company.owner.graphql()
			.document("mutation($id: ID!) { rotateIntegrationSecret(id: $id) { secret hookUrl } }")
			.variable("id", this.integrationId)
			.execute()
			.path("rotateIntegrationSecret")
			.entity(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		String body = lead("form-5");
		assertThat(deliver(this.hookUrl, body, sign(body, this.secret)).statusCode()).isEqualTo(404);
		String newSecret = (String) rotated.get("secret");
		assertThat(deliver((String) rotated.get("hookUrl"), body, sign(body, newSecret)).statusCode()).isEqualTo(202);
		this.company.owner.graphql()
			.document("mutation($id: ID!) { deactivateIntegration(id: $id) { active } }")
			.variable("id", this.integrationId)
			.execute()
			.path("deactivateIntegration.active")
			.entity(Boolean.class)
			.isEqualTo(false);
		String later = lead("form-6");
		assertThat(deliver((String) rotated.get("hookUrl"), later, sign(later, newSecret)).statusCode()).isEqualTo(404);
	}

	@Test
	void integrationsAreTheOwnersAlone() {
		Company c = this.company;
		List<String> operations = List.of("{ integrations { id } }",
				"{ webhookEvents(integrationId: \"" + this.integrationId + "\") { id } }",
				"mutation { createIntegration(input: {kind: GENERIC, name: \"x\"}) { id } }",
				"mutation { rotateIntegrationSecret(id: \"" + this.integrationId + "\") { secret } }",
				"mutation { deactivateIntegration(id: \"" + this.integrationId + "\") { active } }",
				"mutation { replayWebhookEvent(id: \"1\") { id } }");
		for (String operation : operations) {
			for (Member employee : List.of(c.marketer, c.hunter, c.farmer)) {
				employee.graphql()
					.document(operation)
					.execute()
					.errors()
					.satisfy((errors) -> assertThat(errors).singleElement()
						.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("classification",
								"FORBIDDEN")));
			}
			c.anonymous()
				.document(operation)
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).singleElement()
					.satisfies((error) -> assertThat(error.getExtensions()).containsEntry("classification",
							"UNAUTHORIZED")));
		}
		assertThat(c.count("integration")).isEqualTo(1);
	}

}
