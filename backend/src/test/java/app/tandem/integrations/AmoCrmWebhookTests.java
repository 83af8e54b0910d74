package app.tandem.integrations;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import app.tandem.support.Company;
import app.tandem.support.TandemTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.ResponseError;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * amoCRM's webhooks in (SPEC §10, docs/integrations.md "Connect amoCRM") through real
 * HTTP posts of amoCRM's form-encoded bodies (field names as amoCRM sends them:
 * leads[add|update|status][i][id|status_id|price|
 * responsible_user_id|date_create|last_modified|custom_fields…], account[id|subdomain])
 * and the mapping through GraphQL. "Today" is 15 November 2026, Moscow time.
 */
@TandemTest
@org.springframework.test.context.TestPropertySource(properties = "tandem.webhooks.poll=500ms")
class AmoCrmWebhookTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	static final long IN_WORK = 5550101;

	static final long PIPELINE = 880011;

	static final long IVAN = 7001001;

	static final long SERGEY = 7001002;

	/** 14 November 2026, 10:00 Moscow. */
	static final long CREATED = Instant.parse("2026-11-14T07:00:00Z").getEpochSecond();

	@Autowired
	Company company;

	@LocalServerPort
	int port;

	String direct;

	String integrationId;

	String hookUrl;

	@BeforeEach
	void anAmoCrmIntegrationWithItsMapping() {
		Company c = this.company.reset();
		this.direct = c.channel("Yandex Direct");
		c.owner.graphql()
			.document("mutation($i: UpdateChannelInput!) { updateChannel(input: $i) { id } }")
			.variable("i", Map.of("id", this.direct, "marketerId", c.marketer.idString()))
			.execute()
			.path("updateChannel.id")
			.hasValue();
		Map<String, Object> created = c.owner.graphql()
			.document("mutation { createIntegration(input: {kind: AMOCRM, name: \"amoCRM acme\"}) { id kind hookUrl "
					+ "mapping { version users { amoUserId } } } }")
			.execute()
			.path("createIntegration")
			.entity(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		this.integrationId = (String) created.get("id");
		this.hookUrl = (String) created.get("hookUrl");
		assertThat(this.hookUrl).startsWith("/hooks/amocrm/");
		assertThat(created).containsEntry("kind", "AMOCRM")
			.containsEntry("mapping", Map.of("version", 0, "users", List.of()));
		Map<String, Object> mapping = setMapping(Map.of("expectedVersion", 0, "costShare", "0.6", "users",
				List.of(Map.of("amoUserId", Long.toString(IVAN), "employeeId", c.hunter.idString())), "statuses",
				List.of(Map.of("statusId", Long.toString(IN_WORK), "meaning", "IN_WORK")), "sources",
				List.of(Map.of("source", "yandex", "channelId", this.direct))))
			.path("setIntegrationMapping")
			.entity(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		assertThat(mapping).containsEntry("version", 1).containsEntry("costShare", "0.6");
		assertThat(mapping.get("users")).isEqualTo(List.of(Map.of("amoUserId", Long.toString(IVAN), "employee",
				Map.of("id", c.hunter.idString(), "fullName", "Ivan Hunter"))));
		assertThat(mapping.get("sources")).isEqualTo(
				List.of(Map.of("source", "yandex", "channel", Map.of("id", this.direct, "name", "Yandex Direct"))));
	}

	org.springframework.graphql.test.tester.GraphQlTester.Response setMapping(Map<String, Object> input) {
		Map<String, Object> full = new LinkedHashMap<>(input);
		full.put("integrationId", this.integrationId);
		return this.company.owner.graphql()
			.document(
					"mutation($i: SetIntegrationMappingInput!) { setIntegrationMapping(input: $i) { version costShare "
							+ "users { amoUserId employee { id fullName } } statuses { statusId meaning } "
							+ "sources { source channel { id name } } changedBy { id } } }")
			.variable("i", full)
			.execute();
	}

	/** One lead of a delivery, as amoCRM names its fields. */
	static Map<String, String> lead(long id, long status, long responsible, long lastModified, String price,
			String... custom) {
		Map<String, String> lead = new LinkedHashMap<>();
		lead.put("id", Long.toString(id));
		lead.put("name", "Сделка #" + id);
		lead.put("status_id", Long.toString(status));
		lead.put("old_status_id", "");
		lead.put("price", price);
		lead.put("responsible_user_id", Long.toString(responsible));
		lead.put("last_modified", Long.toString(lastModified));
		lead.put("modified_user_id", Long.toString(responsible));
		lead.put("created_user_id", Long.toString(responsible));
		lead.put("date_create", Long.toString(CREATED));
		lead.put("pipeline_id", Long.toString(PIPELINE));
		lead.put("account_id", "29085955");
		for (int i = 0; i < custom.length; i += 2) {
			int n = i / 2;
			lead.put("custom_fields][" + n + "][id", Long.toString(449000 + n));
			lead.put("custom_fields][" + n + "][name", custom[i]);
			lead.put("custom_fields][" + n + "][values][0][value", custom[i + 1]);
		}
		return lead;
	}

	/**
	 * amoCRM's body: account[…] and leads[action][i][field], form-encoded (brackets too,
	 * as amoCRM sends them).
	 */
	@SafeVarargs
	static String body(String action, Map<String, String>... leads) {
		List<String> pairs = new ArrayList<>();
		pairs.add(pair("account[subdomain]", "acme"));
		pairs.add(pair("account[id]", "29085955"));
		for (int i = 0; i < leads.length; i++) {
			for (Map.Entry<String, String> field : leads[i].entrySet()) {
				pairs.add(pair("leads[" + action + "][" + i + "][" + field.getKey() + "]", field.getValue()));
			}
		}
		return String.join("&", pairs);
	}

	static String pair(String key, String value) {
		return URLEncoder.encode(key, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	HttpResponse<String> deliver(String url, String body) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("User-Agent", "amoCRM-WebHook-client/1.0")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> deliver(String body) throws Exception {
		return deliver(this.hookUrl, body);
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

	List<Map<String, Object>> settled() throws InterruptedException {
		return eventually(this::events,
				(list) -> !list.isEmpty() && list.stream().noneMatch((e) -> "PENDING".equals(e.get("status"))));
	}

	Map<String, Object> lead(String externalId) {
		return lead(externalId, false);
	}

	Map<String, Object> lead(String externalId, boolean voided) {
		return this.company.owner.graphql()
			.document("{ leads(first: 50, period: \"2026-11\", filter: {voided: " + voided
					+ "}) { edges { node { id externalId createdAt status lostReason "
					+ "voided channel { id } marketer { id } assignee { id } } } } }")
			.execute()
			.path("leads.edges[*].node")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get()
			.stream()
			.filter((node) -> externalId.equals(node.get("externalId")))
			.findFirst()
			.orElse(null);
	}

	List<Map<String, Object>> deals() {
		return this.company.owner.graphql()
			.document("{ deals(first: 50, period: \"2026-11\") { edges { node { externalId closedOn revenue cost "
					+ "salesperson { id } client { name } lead { externalId status } } } } }")
			.execute()
			.path("deals.edges[*].node")
			.entityList(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	static <T> T eventually(Supplier<T> read, Predicate<T> done) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		T value = read.get();
		while (!done.test(value) && System.nanoTime() < deadline) {
			Thread.sleep(100);
			value = read.get();
		}
		return value;
	}

	@Test
	void aLeadAddBecomesTheLeadAndTheSameDeliveryTwiceIsOneRecord() throws Exception {
		String add = body("add", lead(101, IN_WORK, IVAN, CREATED, "0", "utm_source", "Yandex", "utm_medium", "cpc"));
		HttpResponse<String> first = deliver(add);
		assertThat(first.statusCode()).isEqualTo(202);
		assertThat(first.body()).contains("\"duplicate\":false");
		HttpResponse<String> again = deliver(add);
		assertThat(again.statusCode()).isEqualTo(202);
		assertThat(again.body()).contains("\"duplicate\":true");

		assertThat(settled()).singleElement().satisfies((event) -> {
			assertThat(event).containsEntry("status", "DONE").containsEntry("attempts", 1);
			assertThat((String) event.get("body")).contains("leads[add][0][id]=101")
				.contains("account[subdomain]=acme");
		});
		assertThat(this.company.count("sales_lead")).isEqualTo(1);
		assertThat(lead("amocrm:101")).containsEntry("createdAt", "2026-11-14T10:00:00+03:00")
			.containsEntry("status", "OPEN")
			.containsEntry("channel", Map.of("id", this.direct))
			.containsEntry("marketer", Map.of("id", this.company.marketer.idString()))
			.containsEntry("assignee", Map.of("id", this.company.hunter.idString()));

		// The same lead changed later is the same record.
		deliver(body("update", lead(101, IN_WORK, IVAN, CREATED + 60, "5000", "utm_source", "yandex")));
		assertThat(
				eventually(this::events, (list) -> list.size() == 2 && "DONE".equals(list.get(0).get("status"))).get(0))
			.containsEntry("status", "DONE");
		assertThat(this.company.count("sales_lead")).isEqualTo(1);
	}

	@Test
	void status142RecordsTheDealAtTheCostShareAnd143LosesTheLeadWithItsReason() throws Exception {
		deliver(body("add", lead(201, IN_WORK, IVAN, CREATED, "0", "utm_source", "yandex"),
				lead(202, IN_WORK, IVAN, CREATED, "0", "utm_source", "yandex"),
				lead(203, IN_WORK, IVAN, CREATED, "0", "utm_source", "yandex")));
		assertThat(settled()).hasSize(3).allSatisfy((event) -> assertThat(event).containsEntry("status", "DONE"));

		// 15 November 2026, 11:00 Moscow
		long won = Instant.parse("2026-11-15T08:00:00Z").getEpochSecond();
		HttpResponse<String> answer = deliver(body("status",
				lead(201, AmoCrmMapping.WON_STATUS, IVAN, won, "150000", "utm_source", "yandex", "Компания",
						"ООО Волга"),
				lead(202, AmoCrmMapping.LOST_STATUS, IVAN, won, "0", "utm_source", "yandex", "Причина отказа", "Спам"),
				lead(203, AmoCrmMapping.LOST_STATUS, IVAN, won, "0", "utm_source", "yandex", "Причина отказа",
						"Дорого")));
		assertThat(answer.statusCode()).isEqualTo(202);
		assertThat(answer.body()).contains("eventIds");
		assertThat(eventually(this::events,
				(list) -> list.size() == 6 && list.stream().allMatch((e) -> "DONE".equals(e.get("status")))))
			.hasSize(6)
			.allSatisfy((event) -> assertThat(event).containsEntry("status", "DONE"));

		assertThat(deals()).singleElement()
			.isEqualTo(Map.of("externalId", "amocrm:201", "closedOn", "2026-11-15", "revenue", "150000.00", "cost",
					"90000.00", "salesperson", Map.of("id", this.company.hunter.idString()), "client",
					Map.of("name", "ООО Волга"), "lead", Map.of("externalId", "amocrm:201", "status", "WON")));
		assertThat(lead("amocrm:202")).containsEntry("status", "LOST").containsEntry("lostReason", "NOT_TARGET");
		assertThat(lead("amocrm:203")).containsEntry("status", "LOST").containsEntry("lostReason", "OTHER");

		// A budget corrected in amoCRM later corrects the deal; the same status again
		// changes nothing.
		deliver(body("update", lead(201, AmoCrmMapping.WON_STATUS, IVAN, won + 60, "160000", "utm_source", "yandex",
				"Компания", "ООО Волга")));
		eventually(this::deals, (list) -> "160000.00".equals(list.get(0).get("revenue")));
		assertThat(deals()).singleElement()
			.satisfies(
					(deal) -> assertThat(deal).containsEntry("revenue", "160000.00").containsEntry("cost", "96000.00"));
		assertThat(this.company.count("deal")).isEqualTo(1);
		assertThat(this.company.count("client")).isEqualTo(1);
	}

	@Test
	void anUpdateArrivingBeforeItsAddEndsRight() throws Exception {
		long later = CREATED + 3600;
		deliver(body("status", lead(301, AmoCrmMapping.WON_STATUS, IVAN, later, "20000", "utm_source", "yandex")));
		deliver(body("add", lead(301, IN_WORK, IVAN, CREATED, "0", "utm_source", "yandex")));
		assertThat(eventually(this::events,
				(list) -> list.size() == 2 && list.stream().allMatch((e) -> "DONE".equals(e.get("status")))))
			.allSatisfy((event) -> assertThat(event).containsEntry("status", "DONE"));
		assertThat(lead("amocrm:301")).containsEntry("status", "WON");
		assertThat(deals()).singleElement()
			.satisfies((deal) -> assertThat(deal).containsEntry("revenue", "20000.00")
				.containsEntry("cost", "12000.00")
				.containsEntry("client", Map.of("name", "Сделка #301"))
				.containsEntry("closedOn", "2026-11-14"));
	}

	@Test
	void anUnknownResponsibleUserFailsThatLeadOnlyWithItsReasonAndIsReplayedOnceMapped() throws Exception {
		deliver(body("add", lead(401, IN_WORK, SERGEY, CREATED, "0", "utm_source", "yandex"),
				lead(402, IN_WORK, IVAN, CREATED, "0", "utm_source", "yandex"),
				lead(403, 5559999, IVAN, CREATED, "0", "utm_source", "yandex"),
				lead(404, IN_WORK, IVAN, CREATED, "0", "utm_source", "vk")));
		List<Map<String, Object>> events = settled();
		assertThat(events).hasSize(4);
		Map<String, Object> user = byLead(events, 401);
		assertThat(user).containsEntry("status", "FAILED").containsEntry("attempts", 1);
		assertThat((String) user.get("lastError")).contains("amoCRM user " + SERGEY + " is not mapped");
		assertThat(byLead(events, 402)).containsEntry("status", "DONE");
		assertThat((String) byLead(events, 403).get("lastError"))
			.contains("amoCRM status 5559999 (pipeline " + PIPELINE + ") is not mapped");
		assertThat((String) byLead(events, 404).get("lastError"))
			.contains("amoCRM source \"vk\" is not mapped to a channel");
		assertThat(this.company.count("sales_lead")).isEqualTo(1);
		assertThat(this.company.owner.graphql()
			.document("{ integrations { eventsReceived eventsFailed } }")
			.execute()
			.path("integrations[0]")
			.entity(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get()).isEqualTo(Map.of("eventsReceived", 4, "eventsFailed", 3));

		setMapping(Map.of("expectedVersion", 1, "users",
				List.of(Map.of("amoUserId", Long.toString(SERGEY), "employeeId", this.company.hunter2.idString()))))
			.path("setIntegrationMapping.users[*].amoUserId")
			.entityList(String.class)
			.containsExactly(Long.toString(IVAN), Long.toString(SERGEY));
		this.company.owner.graphql()
			.document("mutation($id: ID!) { replayWebhookEvent(id: $id) { status } }")
			.variable("id", user.get("id"))
			.execute()
			.path("replayWebhookEvent.status")
			.entity(String.class)
			.isEqualTo("PENDING");
		List<Map<String, Object>> after = eventually(this::events,
				(list) -> "DONE".equals(byLead(list, 401).get("status")));
		assertThat(byLead(after, 401)).containsEntry("status", "DONE").containsEntry("lastError", null);
		assertThat(lead("amocrm:401")).containsEntry("assignee", Map.of("id", this.company.hunter2.idString()));
	}

	static Map<String, Object> byLead(List<Map<String, Object>> events, long id) {
		return events.stream()
			.filter((event) -> ((String) event.get("body")).contains("[0][id]=" + id + "&"))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void aWrongSecretADeactivatedIntegrationAnOversizedOrLeadlessBodyStoreNothing() throws Exception {
		String add = body("add", lead(501, IN_WORK, IVAN, CREATED, "0", "utm_source", "yandex"));
		HttpResponse<String> wrong = deliver("/hooks/amocrm/not-the-secret", add);
		assertThat(wrong.statusCode()).isEqualTo(404);
		assertThat(wrong.body()).contains("UNKNOWN_HOOK");
		// A generic integration's secret does not open the amoCRM door.
		String generic = this.company.owner.graphql()
			.document("mutation { createIntegration(input: {kind: GENERIC, name: \"Site\"}) { hookUrl } }")
			.execute()
			.path("createIntegration.hookUrl")
			.entity(String.class)
			.get();
		assertThat(deliver(generic.replace("/generic/", "/amocrm/"), add).statusCode()).isEqualTo(404);
		HttpResponse<String> tooLarge = deliver(
				add + "&" + pair("leads[add][0][custom_fields][9][name]", "x".repeat(270_000)));
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(tooLarge.body()).contains("TOO_LARGE");
		HttpResponse<String> noLead = deliver(
				pair("account[subdomain]", "acme") + "&" + pair("contacts[add][0][id]", "9"));
		assertThat(noLead.statusCode()).isEqualTo(400);
		assertThat(noLead.body()).contains("BAD_EVENT").contains("No lead in the body");
		assertThat(deliver(pair("leads[add][0][name]", "no id")).body())
			.contains("leads[add][0][id] must be amoCRM's numeric lead id");
		assertThat(deliver("").statusCode()).isEqualTo(400);
		assertThat(this.company.count("webhook_event")).isZero();

		this.company.owner.graphql()
			.document("mutation($id: ID!) { deactivateIntegration(id: $id) { active } }")
			.variable("id", this.integrationId)
			.execute()
			.path("deactivateIntegration.active")
			.entity(Boolean.class)
			.isEqualTo(false);
		assertThat(deliver(add).statusCode()).isEqualTo(404);
		assertThat(this.company.count("webhook_event")).isZero();
		Thread.sleep(700);
		assertThat(this.company.count("sales_lead")).isZero();
	}

	@Test
	void aDeletedLeadIsVoided() throws Exception {
		deliver(body("add", lead(601, IN_WORK, IVAN, CREATED, "0", "utm_source", "yandex")));
		settled();
		deliver(pair("leads[delete][0][id]", "601") + "&" + pair("leads[delete][0][status_id]", Long.toString(IN_WORK))
				+ "&" + pair("leads[delete][0][pipeline_id]", Long.toString(PIPELINE)));
		eventually(this::events, (list) -> list.size() == 2 && "DONE".equals(list.get(0).get("status")));
		assertThat(lead("amocrm:601")).isNull();
		assertThat(lead("amocrm:601", true)).containsEntry("voided", true);
		// A late change of the deleted lead does not bring it back.
		deliver(body("update", lead(601, IN_WORK, IVAN, CREATED + 600, "0", "utm_source", "yandex")));
		eventually(this::events, (list) -> list.size() == 3 && "DONE".equals(list.get(0).get("status")));
		assertThat(this.company.count("sales_lead")).isEqualTo(1);
		assertThat(lead("amocrm:601", true)).containsEntry("voided", true);
	}

	@Test
	void theMappingRefusesStrangersWrongRolesAndStaleVersionsAtTheirField() {
		Company c = this.company;
		refused(setMapping(Map.of("users", List.of(Map.of("amoUserId", "1", "employeeId", "999999")))), "NOT_FOUND",
				"users[0].employeeId");
		refused(setMapping(Map.of("users", List.of(Map.of("amoUserId", "1", "employeeId", c.marketer.idString())))),
				"BAD_REQUEST", "users[0].employeeId");
		refused(setMapping(Map.of("users", List.of(Map.of("amoUserId", "Ivan", "employeeId", c.hunter.idString())))),
				"BAD_REQUEST", "users[0].amoUserId");
		refused(setMapping(Map.of("sources", List.of(Map.of("source", "vk", "channelId", "999999")))), "NOT_FOUND",
				"sources[0].channelId");
		refused(setMapping(
				Map.of("sources",
						List.of(Map.of("source", "vk", "channelId", this.direct),
								Map.of("source", " VK ", "channelId", this.direct)))),
				"BAD_REQUEST", "sources[1].source");
		refused(setMapping(Map.of("costShare", "1.5")), "BAD_REQUEST", "costShare");
		refused(setMapping(
				Map.of("expectedVersion", 0, "statuses", List.of(Map.of("statusId", "777", "meaning", "NOT_TARGET")))),
				"CONFLICT", "expectedVersion");
		String generic = c.owner.graphql()
			.document("mutation { createIntegration(input: {kind: GENERIC, name: \"Site\"}) { id } }")
			.execute()
			.path("createIntegration.id")
			.entity(String.class)
			.get();
		refused(c.owner.graphql()
			.document("mutation($i: SetIntegrationMappingInput!) { setIntegrationMapping(input: $i) { version } }")
			.variable("i", Map.of("integrationId", generic, "users", List.of()))
			.execute(), "BAD_REQUEST", "integrationId");
		// Nothing of the refused calls was kept.
		assertThat(setMapping(Map.of("expectedVersion", 1, "statuses",
				List.of(Map.of("statusId", "777", "meaning", "NOT_TARGET"),
						Map.of("statusId", Long.toString(IN_WORK)))))
			.path("setIntegrationMapping")
			.entity(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get()).containsEntry("version", 2)
			.containsEntry("statuses", List.of(Map.of("statusId", "777", "meaning", "NOT_TARGET")))
			.containsEntry("costShare", "0.6")
			.containsEntry("changedBy", Map.of("id", c.owner.idString()));
	}

	static void refused(org.springframework.graphql.test.tester.GraphQlTester.Response response, String classification,
			String field) {
		response.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((ResponseError error) -> {
			assertThat(error.getExtensions()).as(error.getMessage())
				.containsEntry("classification", classification)
				.containsEntry("field", field);
		}));
	}

}
