package app.tandem.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import app.tandem.support.Company;
import app.tandem.support.TandemTest;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every mutation's input, filled with random values of every shape (valid ids and days,
 * garbage text, huge and odd numbers, wrong JSON types, nulls): whatever comes in, the
 * answer is never a 5xx, never an INTERNAL_ERROR, and never shows an exception or SQL.
 * jqwik's generators make the values; a failure lists the exact request that caused it.
 */
@TandemTest
class RandomInputTests {

	static final int INPUTS_PER_MUTATION = 60;

	static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	Company company;

	@LocalServerPort
	int port;

	final Random random = new Random(20261126);

	List<String> ids;

	@BeforeEach
	void setUp() {
		Company c = this.company.reset();
		String channel = c.channel("Direct");
		String lead = c.lead(channel, c.marketer, "2026-11-02T10:00:00+03:00", c.hunter);
		String client = c.client("Volga Logistics");
		this.ids = List.of(channel, lead, client, c.hunter.idString(), c.marketer.idString(), c.farmer.idString(),
				c.owner.idString());
	}

	@Test
	void noInputBreaksAnyMutation() throws Exception {
		Map<String, List<String>> mutations = new LinkedHashMap<>();
		mutations.put("createEmployee(input: $i) { id }",
				List.of("fullName:text", "email:text", "password:text", "role:Role", "position:Position"));
		mutations.put("updateEmployee(input: $i) { id }",
				List.of("id:id", "fullName:text", "role:Role", "position:Position", "expectedVersion:int"));
		mutations.put("setSharedGoal(input: $i) { version }",
				List.of("period:month", "turnoverTarget:money", "grossMarginTarget:money", "expectedVersion:int"));
		mutations.put("setPersonalPlan(input: $i) { id }",
				List.of("employeeId:id", "period:month", "metric:Metric", "target:money", "expectedVersion:int"));
		mutations.put("createChannel(input: $i) { id }", List.of("name:text"));
		mutations.put("recordSpend(input: $i) { id }",
				List.of("channelId:id", "marketerId:id", "day:day", "amount:money"));
		mutations.put("recordLead(input: $i) { id }",
				List.of("externalId:text", "createdAt:instant", "channelId:id", "marketerId:id", "assigneeId:id"));
		mutations.put("assignLead(input: $i) { id }", List.of("leadId:id", "assigneeId:id", "expectedVersion:int"));
		mutations.put("closeLead(input: $i) { id }",
				List.of("leadId:id", "status:LeadStatus", "lostReason:LostReason", "expectedVersion:int"));
		mutations.put("createClient(input: $i) { id }", List.of("name:text", "accountManagerId:id"));
		mutations.put("recordDeal(input: $i) { id }", List.of("externalId:text", "clientId:id", "leadId:id",
				"salespersonId:id", "closedOn:day", "revenue:money", "cost:money"));
		Map<String, String> inputTypes = Map.ofEntries(Map.entry("createEmployee", "CreateEmployeeInput"),
				Map.entry("updateEmployee", "UpdateEmployeeInput"), Map.entry("setSharedGoal", "SetSharedGoalInput"),
				Map.entry("setPersonalPlan", "SetPersonalPlanInput"), Map.entry("createChannel", "CreateChannelInput"),
				Map.entry("recordSpend", "RecordSpendInput"), Map.entry("recordLead", "RecordLeadInput"),
				Map.entry("assignLead", "AssignLeadInput"), Map.entry("closeLead", "CloseLeadInput"),
				Map.entry("createClient", "CreateClientInput"), Map.entry("recordDeal", "RecordDealInput"));
		List<String> failures = new ArrayList<>();
		int sent = 0;
		for (Map.Entry<String, List<String>> mutation : mutations.entrySet()) {
			String name = mutation.getKey().substring(0, mutation.getKey().indexOf('('));
			String document = "mutation($i: " + inputTypes.get(name) + "!) { " + mutation.getKey() + " }";
			for (int n = 0; n < INPUTS_PER_MUTATION; n++) {
				Map<String, Object> input = new LinkedHashMap<>();
				for (String field : mutation.getValue()) {
					String[] parts = field.split(":");
					if (this.random.nextInt(8) > 0) {
						input.put(parts[0], value(parts[1]));
					}
				}
				String token = (n % 3 == 0 ? this.company.hunter : this.company.owner).token();
				check(document, Map.of("i", input), token, failures);
				sent++;
			}
		}
		for (int n = 0; n < INPUTS_PER_MUTATION; n++) {
			check("mutation($p: YearMonth!, $t: Decimal!) { applyPlanFromGoal(period: $p, turnoverTarget: $t) { requiredDeals } }",
					vars("p", value("month"), "t", value("money")), this.company.owner.token(), failures);
			check("mutation($id: ID!) { archiveChannel(id: $id) { id } deactivateEmployee(id: $id) { id } }",
					vars("id", value("id")), this.company.owner.token(), failures);
			check("mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }",
					vars("e", value("text"), "p", value("text")), null, failures);
			check("mutation($c: String, $n: String) { changePassword(currentPassword: $c, newPassword: $n) { accessToken } }",
					vars("c", value("text"), "n", value("text")), this.company.farmer.token(), failures);
			check("mutation($id: ID, $n: String) { resetPassword(employeeId: $id, newPassword: $n) { id } }",
					vars("id", value("id"), "n", value("text")), this.company.owner.token(), failures);
			sent += 5;
		}
		System.out.println("RandomInputTests: " + sent + " inputs sent, " + failures.size() + " failed");
		assertThat(failures).as("inputs that broke the API (of %d sent)", sent).isEmpty();
	}

	private void check(String document, Map<String, Object> variables, String token, List<String> failures)
			throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", document);
		body.put("variables", variables);
		String payload = json.writeValueAsString(body);
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(payload));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<String> response;
		try {
			response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			failures.add(payload + " → " + ex);
			return;
		}
		String answer = response.body();
		if (response.statusCode() >= 500 || answer.contains("INTERNAL_ERROR") || answer.contains("Exception")
				|| answer.contains("SQL") || answer.contains("at app.")) {
			failures.add(abbreviate(payload) + " → " + response.statusCode() + " " + abbreviate(answer));
		}
	}

	private Object value(String kind) {
		int shape = this.random.nextInt(10);
		if (shape == 0) {
			return null;
		}
		if (shape == 1) {
			return wrongType();
		}
		if (shape == 2) {
			return sample(Arbitraries.strings().ofMaxLength(this.random.nextBoolean() ? 20 : 3000));
		}
		return switch (kind) {
			case "id" -> this.random.nextInt(4) == 0 ? sample(
					Arbitraries.of("0", "-1", "9223372036854775807", "99999999999999999999", "1e3", " 1", "0x10", ""))
					: this.ids.get(this.random.nextInt(this.ids.size()));
			case "money" -> sample(
					Arbitraries.oneOf(Arbitraries.bigDecimals().ofScale(this.random.nextInt(5)).map(Object::toString),
							Arbitraries.of("-0", "1e400", "1E-400", "NaN", "Infinity", "0.005", "12,50",
									"99999999999999999.99", "100000000000000000000", "-1.00")));
			case "int" -> sample(Arbitraries.of(0, 1, 2, -1, Integer.MAX_VALUE, Integer.MIN_VALUE));
			case "day" -> sample(Arbitraries.of("2026-11-01", "2026-02-30", "2026-11-16", "1999-12-31", "9999-12-31",
					"2026-1-1", "20261101", "2026-11-01T00:00:00Z", "0000-00-00", "+1000000-01-01"));
			case "month" -> sample(Arbitraries.of("2026-11", "2026-13", "2026-00", "1900-01", "9999-12", "2026-1",
					"2026", "-2026-11", "2026-11-01"));
			case "instant" -> sample(Arbitraries.of("2026-11-02T10:00:00+03:00", "2026-11-02T10:00:00Z",
					"2026-11-02T10:00:00", "2030-01-01T00:00:00Z", "1970-01-01T00:00:00Z", "2026-11-02T25:00:00Z",
					"+999999999-12-31T23:59:59Z"));
			case "Role" -> sample(Arbitraries.of("OWNER", "EMPLOYEE", "owner", "ADMIN"));
			case "Position" -> sample(Arbitraries.of("MARKETER", "HUNTER", "FARMER", "CEO"));
			case "Metric" -> sample(Arbitraries.of("LEADS", "SPEND", "COST_PER_LEAD", "LEAD_CONVERSION", "TURNOVER",
					"GROSS_MARGIN", "NEW_CLIENTS", "ACTIVE_CLIENTS", "ATTRIBUTED_TURNOVER", "PROFIT"));
			case "LeadStatus" -> sample(Arbitraries.of("OPEN", "WON", "LOST", "CLOSED"));
			case "LostReason" ->
				sample(Arbitraries.of("NOT_TARGET", "NO_BUDGET", "NO_RESPONSE", "COMPETITOR", "OTHER", "X"));
			default -> sample(Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40),
					Arbitraries.strings().withCharRange('\u0400', '\u04FF').ofMaxLength(40),
					Arbitraries.of("anna@example.com", "a-long-enough-password", "'; DROP TABLE deal; --", "\u0000",
							"😀".repeat(50))));
		};
	}

	private static Map<String, Object> vars(Object... namesAndValues) {
		Map<String, Object> variables = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			variables.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return variables;
	}

	private Object wrongType() {
		return switch (this.random.nextInt(5)) {
			case 0 -> this.random.nextLong();
			case 1 -> this.random.nextBoolean();
			case 2 -> List.of(1, "x");
			case 3 -> Map.of("nested", "object");
			default -> this.random.nextDouble() * 1e12;
		};
	}

	/**
	 * jqwik's sampling outside a property: its own randomness, so every failure prints
	 * the input that caused it.
	 */
	private <T> T sample(Arbitrary<T> arbitrary) {
		return arbitrary.sample();
	}

	private static String abbreviate(String text) {
		return text.length() > 400 ? text.substring(0, 400) + "…" : text;
	}

}
