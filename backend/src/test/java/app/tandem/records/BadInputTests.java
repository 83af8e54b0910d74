package app.tandem.records;

import java.util.HashMap;
import java.util.Map;

import app.tandem.support.Company;
import app.tandem.support.TandemTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static app.tandem.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bad input of SPEC §2 gets a clear, field-level error and changes nothing. "Today"
 * is 15 November 2026 in Moscow.
 */
@TandemTest
class BadInputTests {

	static final String SPEND = "mutation($i: RecordSpendInput!) { recordSpend(input: $i) { id } }";

	static final String LEAD = "mutation($i: RecordLeadInput!) { recordLead(input: $i) { id } }";

	static final String DEAL = "mutation($i: RecordDealInput!) { recordDeal(input: $i) { id } }";

	static final String CLOSE = "mutation($i: CloseLeadInput!) { closeLead(input: $i) { id } }";

	@Autowired
	Company company;

	String channel;

	String client;

	String lead;

	@BeforeEach
	void setUp() {
		Company c = this.company.reset();
		this.channel = c.channel("Yandex Direct");
		this.client = c.client("Volga Logistics");
		this.lead = c.lead(this.channel, c.marketer, "2026-11-10T10:00:00+03:00", c.hunter);
	}

	@Test
	void negativeMoney() {
		assertRefused(this.company, this.company.owner.graphql(), SPEND,
				Map.of("i", spend("day", "2026-11-01", "amount", "-1")), "BAD_REQUEST", "amount");
		assertRefused(this.company, this.company.owner.graphql(), DEAL, Map.of("i", deal("revenue", "-0.01")),
				"BAD_REQUEST", "revenue");
		assertRefused(this.company, this.company.owner.graphql(), DEAL, Map.of("i", deal("cost", "-5")), "BAD_REQUEST",
				"cost");
	}

	@Test
	void moreThanTwoDecimalPlaces() {
		assertRefused(this.company, this.company.owner.graphql(), SPEND, Map.of("i", spend("amount", "1.234")),
				"BAD_REQUEST", "amount");
		assertRefused(this.company, this.company.owner.graphql(), DEAL, Map.of("i", deal("cost", "10.001")),
				"BAD_REQUEST", "cost");
	}

	@Test
	void moneyThatIsNotANumber() {
		assertRefused(this.company, this.company.owner.graphql(), SPEND, Map.of("i", spend("amount", "12,50")),
				"BAD_REQUEST", "amount");
	}

	@Test
	void impossibleDates() {
		assertRefused(this.company, this.company.owner.graphql(), SPEND, Map.of("i", spend("day", "2026-02-30")),
				"BAD_REQUEST", "day");
		assertRefused(this.company, this.company.owner.graphql(), DEAL, Map.of("i", deal("closedOn", "2026-13-01")),
				"BAD_REQUEST", "closedOn");
		assertRefused(this.company, this.company.owner.graphql(), LEAD,
				Map.of("i", lead("createdAt", "2026-11-31T10:00:00+03:00")), "BAD_REQUEST", "createdAt");
		assertRefused(this.company, this.company.owner.graphql(),
				"query($p: YearMonth!) { dashboard(period: $p) { turnover } }", Map.of("p", "2026-13"), "BAD_REQUEST",
				"period");
	}

	@Test
	void unknownIds() {
		assertRefused(this.company, this.company.owner.graphql(), SPEND, Map.of("i", spend("channelId", "999999")),
				"NOT_FOUND", "channelId");
		assertRefused(this.company, this.company.owner.graphql(), DEAL, Map.of("i", deal("clientId", "not-an-id")),
				"NOT_FOUND", "clientId");
		assertRefused(this.company, this.company.owner.graphql(), DEAL, Map.of("i", deal("leadId", "424242")),
				"NOT_FOUND", "leadId");
		assertRefused(this.company, this.company.owner.graphql(), LEAD, Map.of("i", lead("assigneeId", "777777")),
				"NOT_FOUND", "assigneeId");
	}

	@Test
	void dealDatedInTheFuture() {
		assertRefused(this.company, this.company.owner.graphql(), DEAL, Map.of("i", deal("closedOn", "2026-11-16")),
				"BAD_REQUEST", "closedOn");
	}

	@Test
	void leadFromTheFuture() {
		assertRefused(this.company, this.company.owner.graphql(), LEAD,
				Map.of("i", lead("createdAt", "2026-11-16T10:00:00+03:00")), "BAD_REQUEST", "createdAt");
	}

	@Test
	void dealClosedBeforeItsLeadCameIn() {
		assertRefused(this.company, this.company.owner.graphql(), DEAL,
				Map.of("i", deal("leadId", this.lead, "closedOn", "2026-11-09")), "BAD_REQUEST", "closedOn");
	}

	@Test
	void leadWithoutChannel() {
		Map<String, Object> input = lead();
		input.remove("channelId");
		assertRefused(this.company, this.company.owner.graphql(), LEAD, Map.of("i", input), "BAD_REQUEST", "channelId");
	}

	@Test
	void leadAssignedToSomeoneWhoDoesNotSell() {
		assertRefused(this.company, this.company.owner.graphql(), LEAD,
				Map.of("i", lead("assigneeId", this.company.marketer2.idString())), "BAD_REQUEST", "assigneeId");
	}

	@Test
	void lostLeadNeedsAReasonAndOnlyLostLeadsHaveOne() {
		assertRefused(this.company, this.company.owner.graphql(), CLOSE,
				Map.of("i", Map.of("leadId", this.lead, "status", "LOST")), "BAD_REQUEST", "lostReason");
		assertRefused(this.company, this.company.owner.graphql(), CLOSE,
				Map.of("i", Map.of("leadId", this.lead, "status", "OPEN", "lostReason", "OTHER")), "BAD_REQUEST",
				"lostReason");
	}

	@Test
	void aLeadWithADealCannotBeLost() {
		this.company.deal(this.client, this.lead, this.company.hunter, "2026-11-12", "100.00", "50.00");
		assertRefused(this.company, this.company.owner.graphql(), CLOSE,
				Map.of("i", Map.of("leadId", this.lead, "status", "LOST", "lostReason", "NOT_TARGET")), "BAD_REQUEST",
				"status");
	}

	@Test
	void secondDealWithTheSameExternalIdButDifferentContentConflicts() {
		String first = this.company.owner.graphql()
			.document(DEAL)
			.variable("i", deal("externalId", "crm-1"))
			.execute()
			.path("recordDeal.id")
			.entity(String.class)
			.get();
		assertRefused(this.company, this.company.owner.graphql(), DEAL,
				Map.of("i", deal("externalId", "crm-1", "revenue", "999.00")), "CONFLICT", "externalId");
		// The same content again is a retry: the first record comes back and nothing new
		// is written.
		long deals = this.company.count("deal");
		this.company.owner.graphql()
			.document(DEAL)
			.variable("i", deal("externalId", "crm-1"))
			.execute()
			.path("recordDeal.id")
			.entity(String.class)
			.isEqualTo(first);
		assertThat(this.company.count("deal")).isEqualTo(deals);
	}

	@Test
	void secondLeadWithTheSameExternalIdButDifferentContentConflicts() {
		String first = this.company.owner.graphql()
			.document(LEAD)
			.variable("i", lead("externalId", "form-7"))
			.execute()
			.path("recordLead.id")
			.entity(String.class)
			.get();
		assertRefused(this.company, this.company.owner.graphql(), LEAD,
				Map.of("i", lead("externalId", "form-7", "createdAt", "2026-11-02T10:00:00+03:00")), "CONFLICT",
				"externalId");
		this.company.owner.graphql()
			.document(LEAD)
			.variable("i", lead("externalId", "form-7"))
			.execute()
			.path("recordLead.id")
			.entity(String.class)
			.isEqualTo(first);
	}

	@Test
	void marketerRecordingSpendForSomeoneElse() {
		assertRefused(this.company, this.company.marketer.graphql(), SPEND,
				Map.of("i", spend("marketerId", this.company.marketer2.idString())), "FORBIDDEN", "marketerId");
	}

	@Test
	void spendForSomeoneWhoIsNotAMarketer() {
		assertRefused(this.company, this.company.owner.graphql(), SPEND,
				Map.of("i", spend("marketerId", this.company.hunter.idString())), "BAD_REQUEST", "marketerId");
	}

	@Test
	void everyBadFieldIsReportedAtOnce() {
		Map<String, String> before = this.company.snapshot();
		this.company.owner.graphql()
			.document(SPEND)
			.variable("i", Map.of("marketerId", this.company.marketer.idString(), "day", "2027-01-01", "amount", "-1"))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).extracting((e) -> e.getExtensions().get("field"))
				.containsExactlyInAnyOrder("channelId", "day", "amount"));
		assertThat(this.company.snapshot()).isEqualTo(before);
	}

	@Test
	void plansNeedPositiveTargetsOfThePersonsOwnMetrics() {
		String plan = "mutation($i: SetPersonalPlanInput!) { setPersonalPlan(input: $i) { id } }";
		assertRefused(
				this.company, this.company.owner.graphql(), plan, Map.of("i", Map.of("employeeId",
						this.company.hunter.idString(), "period", "2026-11", "metric", "TURNOVER", "target", "0")),
				"BAD_REQUEST", "target");
		assertRefused(
				this.company, this.company.owner.graphql(), plan, Map.of("i", Map.of("employeeId",
						this.company.hunter.idString(), "period", "2026-11", "metric", "LEADS", "target", "10")),
				"BAD_REQUEST", "metric");
		assertRefused(
				this.company, this.company.owner.graphql(), plan, Map.of("i", Map.of("employeeId",
						this.company.marketer.idString(), "period", "2026-11", "metric", "LEADS", "target", "10.5")),
				"BAD_REQUEST", "target");
		assertRefused(this.company, this.company.owner.graphql(), plan, Map.of("i", Map.of("employeeId",
				this.company.marketer.idString(), "period", "2026-11", "metric", "LEAD_CONVERSION", "target", "25")),
				"BAD_REQUEST", "target");
		String goal = "mutation($i: SetSharedGoalInput!) { setSharedGoal(input: $i) { version } }";
		assertRefused(this.company, this.company.owner.graphql(), goal,
				Map.of("i", Map.of("period", "2026-11", "turnoverTarget", "0", "grossMarginTarget", "100")),
				"BAD_REQUEST", "turnoverTarget");
	}

	@Test
	void employeesNeedALongPasswordAndAUniqueEmail() {
		String create = "mutation($i: CreateEmployeeInput!) { createEmployee(input: $i) { id } }";
		assertRefused(
				this.company, this.company.owner.graphql(), create, Map.of("i", Map.of("fullName", "Nina", "email",
						"nina@test.tandem", "password", "short-pass", "role", "EMPLOYEE", "position", "HUNTER")),
				"BAD_REQUEST", "password");
		assertRefused(
				this.company, this.company.owner.graphql(), create, Map.of("i", Map.of("fullName", "Nina", "email",
						"ANNA@test.tandem", "password", "long-enough-pass", "role", "EMPLOYEE", "position", "HUNTER")),
				"CONFLICT", "email");
		assertRefused(
				this.company, this.company.owner.graphql(), create, Map.of("i", Map.of("fullName", "Nina", "email",
						"not-an-email", "password", "long-enough-pass", "role", "EMPLOYEE", "position", "HUNTER")),
				"BAD_REQUEST", "email");
	}

	@Test
	void anOwnerWithoutAPositionIsNeitherAnAccountManagerNorAnAssignee() {
		// Found by RandomInputTests: an owner's position is null.
		assertRefused(this.company, this.company.owner.graphql(),
				"mutation($m: ID) { createClient(input: {name: \"Ural Metal\", accountManagerId: $m}) { id } }",
				Map.of("m", this.company.owner.idString()), "BAD_REQUEST", "accountManagerId");
		assertRefused(this.company, this.company.owner.graphql(),
				"mutation($l: ID, $a: ID) { assignLead(input: {leadId: $l, assigneeId: $a}) { id } }",
				Map.of("l", this.lead, "a", this.company.owner.idString()), "BAD_REQUEST", "assigneeId");
	}

	@Test
	void aPasswordLongerThanBcryptReadsIsRefused() {
		assertRefused(this.company, this.company.owner.graphql(),
				"mutation($i: CreateEmployeeInput!) { createEmployee(input: $i) { id } }",
				Map.of("i", Map.of("fullName", "Nina", "email", "nina@test.tandem", "password", "пароль".repeat(7),
						"role", "EMPLOYEE", "position", "HUNTER")),
				"BAD_REQUEST", "password");
	}

	@Test
	void pagesAreBounded() {
		assertRefused(this.company, this.company.owner.graphql(), "{ leads(first: 101) { edges { cursor } } }",
				Map.of(), "BAD_REQUEST", "first");
		assertRefused(this.company, this.company.owner.graphql(), "{ leads(first: 99999999) { edges { cursor } } }",
				Map.of(), "BAD_REQUEST", "first");
		assertRefused(this.company, this.company.owner.graphql(),
				"{ leads(first: 5, after: \"bm90LWEtY3Vyc29y\") { edges { cursor } } }", Map.of(), "BAD_REQUEST",
				"after");
	}

	/**
	 * Issue 14 item 7: cursors we never issued are bad input at {@code after}, not a
	 * failed query.
	 */
	@Test
	void forgedCursorsAreBadInput() {
		for (String forged : new String[] { "nosuchfield=L5", "id=Sabc", "id=L5&name=SAcme", "id=L99999999999999999999",
				"name=S" + "x".repeat(600) + "&id=L1" }) {
			String cursor = java.util.Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(forged.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			for (String list : new String[] { "leads", "deals", "spends", "clients", "channels", "disputes" }) {
				if (list.equals("channels") && forged.startsWith("id=L5&name=")) {
					continue; // channels are sorted by name and id: that one is a
								// well-formed channel cursor
				}
				assertRefused(this.company, this.company.owner.graphql(),
						"query($a: String) { " + list + "(first: 5, after: $a) { edges { cursor } } }",
						Map.of("a", cursor), "BAD_REQUEST", "after");
			}
		}
	}

	/**
	 * Issue 14 item 7: months and days far outside any business's life are refused at
	 * their field.
	 */
	@Test
	void yearsOutsideABusinessAreBadInput() {
		for (String month : new String[] { "+999999999-12", "-999999999-01", "1899-12", "2201-01" }) {
			assertRefused(this.company, this.company.owner.graphql(),
					"query($p: YearMonth!) { dashboard(period: $p) { turnover } }", Map.of("p", month), "BAD_REQUEST",
					"period");
			assertRefused(this.company, this.company.owner.graphql(),
					"mutation($i: SetSharedGoalInput!) { setSharedGoal(input: $i) { version } }",
					Map.of("i", Map.of("period", month, "turnoverTarget", "1000.00", "grossMarginTarget", "500.00")),
					"BAD_REQUEST", "period");
		}
		assertRefused(this.company, this.company.owner.graphql(), SPEND, Map.of("i", spend("day", "+999999999-12-31")),
				"BAD_REQUEST", "day");
		assertRefused(this.company, this.company.owner.graphql(), LEAD,
				Map.of("i", lead("createdAt", "+999999999-12-31T10:00:00+03:00")), "BAD_REQUEST", "createdAt");
	}

	private Map<String, Object> spend(String... overrides) {
		return with(new HashMap<>(Map.of("channelId", this.channel, "marketerId", this.company.marketer.idString(),
				"day", "2026-11-01", "amount", "100.00")), overrides);
	}

	private Map<String, Object> lead(String... overrides) {
		return with(new HashMap<>(Map.of("channelId", this.channel, "marketerId", this.company.marketer.idString(),
				"createdAt", "2026-11-01T10:00:00+03:00")), overrides);
	}

	private Map<String, Object> deal(String... overrides) {
		return with(new HashMap<>(Map.of("clientId", this.client, "salespersonId", this.company.hunter.idString(),
				"closedOn", "2026-11-12", "revenue", "1000.00", "cost", "600.00")), overrides);
	}

	private static Map<String, Object> with(Map<String, Object> input, String... overrides) {
		for (int i = 0; i < overrides.length; i += 2) {
			input.put(overrides[i], overrides[i + 1]);
		}
		return input;
	}

}
