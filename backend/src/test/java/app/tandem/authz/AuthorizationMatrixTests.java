package app.tandem.authz;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import app.tandem.support.Company;
import app.tandem.support.TandemTest;
import app.tandem.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.GraphQlResponse;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call what (SPEC §1, §5): every query and mutation of the schema for anonymous,
 * owner, marketer, hunter and farmer, each cell its own test case. An allowed call must
 * succeed and do (or show) exactly what it should; a refused call must answer with the
 * right {@code extensions.classification} (UNAUTHORIZED for anonymous callers, FORBIDDEN
 * or NOT_FOUND for signed-in people) and change nothing: every table keeps its row count
 * and an updated field keeps its value.
 *
 * <p>
 * {@link #matrix()} says who may call what, in one table; how each operation is called
 * and what it must show or leave alone lives with its backend module's group
 * ({@link RecordOperations}, {@link GoalOperations} and the rest, composed by
 * {@link #operations()}). Every cell starts from the same small company, recorded once:
 * see {@link Dataset}.
 */
@TandemTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

	@Autowired
	Company company;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@LocalServerPort
	int port;

	/** The ids of the recorded rows, for the groups of operations and the plain tests. */
	Dataset data;

	/**
	 * The small company's rows once recorded: each cell starts from them again (one
	 * instance runs every cell).
	 */
	Company.Kept recorded;

	/** Its rows' digest: every cell must start from exactly these rows. */
	Map<String, String> recordedRows;

	@BeforeEach
	void startFromTheSmallCompany() {
		if (this.recorded != null) {
			this.company.restore(this.recorded);
			return;
		}
		recordASmallCompany();
		this.recorded = this.company.keep();
		this.recordedRows = this.company.snapshot();
	}

	private void recordASmallCompany() {
		Company c = this.company.reset();
		String direct = c.channel("Yandex Direct");
		String smm = c.channel("SMM");
		String sM = c.spend(direct, c.marketer, "2026-11-02", "1000.00");
		String sM2 = c.spend(smm, c.marketer2, "2026-11-03", "700.00");

		String lMH = c.lead(direct, c.marketer, "2026-11-02T10:00:00+03:00", c.hunter);
		String lMF = c.lead(direct, c.marketer, "2026-11-03T10:00:00+03:00", c.farmer);
		String lMOpen = c.lead(direct, c.marketer, "2026-11-04T10:00:00+03:00", null);
		String lMWon = c.lead(direct, c.marketer, "2026-11-01T10:00:00+03:00", c.hunter);
		String lM2H2 = c.lead(smm, c.marketer2, "2026-11-02T11:00:00+03:00", c.hunter2);
		String lM2H = c.lead(smm, c.marketer2, "2026-11-03T11:00:00+03:00", c.hunter);
		String lM2Won = c.lead(smm, c.marketer2, "2026-11-01T11:00:00+03:00", c.hunter2);
		// SPEC §12: two of the marketer's leads that hunter2 marked NOT_TARGET; the
		// marketer contested the second.
		String lMNotTarget = c.lead(direct, c.marketer, "2026-11-05T10:00:00+03:00", c.hunter2);
		c.closeLead(lMNotTarget, "LOST", "NOT_TARGET");
		String lMContested = c.lead(direct, c.marketer, "2026-11-05T11:00:00+03:00", c.hunter2);
		c.closeLead(lMContested, "LOST", "NOT_TARGET");
		String dispute = c.marketer.graphql()
			.document("mutation($i: ContestLostReasonInput!) { contestLostReason(input: $i) { id } }")
			.variable("i", Map.of("leadId", lMContested, "comment", "A real request"))
			.execute()
			.path("contestLostReason.id")
			.entity(String.class)
			.get();

		String cH = c.client("Volga Logistics");
		String cH2 = c.client("Ural Metal");
		String cF = c.owner.graphql()
			.document("mutation($i: CreateClientInput!) { createClient(input: $i) { id } }")
			.variable("i", Map.of("name", "Neva Print", "accountManagerId", c.farmer.idString()))
			.execute()
			.path("createClient.id")
			.entity(String.class)
			.get();
		String cShared = c.client("Kama Foods");
		String cHc = c.hunter.graphql()
			.document("mutation($i: CreateClientInput!) { createClient(input: $i) { id } }")
			.variable("i", Map.of("name", "Oka Timber"))
			.execute()
			.path("createClient.id")
			.entity(String.class)
			.get();

		String dH = c.deal(cH, lMWon, c.hunter, "2026-11-03", "30000.00", "10000.00");
		String dH2 = c.deal(cH2, lM2Won, c.hunter2, "2026-11-04", "50000.00", "20000.00");
		String dH2Old = c.deal(cShared, null, c.hunter2, "2026-10-01", "40000.00", "30000.00");
		String dF = c.deal(cShared, null, c.farmer, "2026-11-05", "20000.00", "5000.00");

		// Each channel has its marketer: smm is the marketer's, direct the colleague's
		// (SPEC §7).
		c.owner.graphql()
			.document("mutation($a: UpdateChannelInput!, $b: UpdateChannelInput!) { a: updateChannel(input: $a) { id } "
					+ "b: updateChannel(input: $b) { id } }")
			.variable("a", Map.of("id", smm, "marketerId", c.marketer.idString()))
			.variable("b", Map.of("id", direct, "marketerId", c.marketer2.idString()))
			.execute()
			.path("b.id")
			.hasValue();

		// SPEC §8: an applied import (an empty one: it must not change the other cells'
		// counts)
		this.jdbc
			.sql("""
					INSERT INTO import_batch (source, file_name, file_sha256, created_by, created_at, total_rows, created,
					  updated, unchanged, failed, version) VALUES ('tandem-spend', 'empty.csv', :sha, :owner, :at, 0, 0, 0, 0, 0, 0)""")
			.param("sha", "0".repeat(64))
			.param("owner", c.owner.id())
			.param("at", java.time.LocalDateTime.of(2026, 11, 14, 9, 0))
			.update();
		String batch = this.jdbc.sql("SELECT MAX(id) FROM import_batch").query(Long.class).single().toString();

		// SPEC §10: an amoCRM integration whose mapping only owners read and change
		String amo = c.owner.graphql()
			.document("mutation { createIntegration(input: {kind: AMOCRM, name: \"amoCRM\"}) { id } }")
			.execute()
			.path("createIntegration.id")
			.entity(String.class)
			.get();

		c.sharedGoal(Dataset.PERIOD, "100000.00", "40000.00");
		c.plan(c.hunter, Dataset.PERIOD, "TURNOVER", "60000");
		c.plan(c.marketer, Dataset.PERIOD, "LEADS", "10");
		c.plan(c.farmer, Dataset.PERIOD, "TURNOVER", "20000");
		c.plan(c.hunter2, Dataset.PERIOD, "TURNOVER", "50000");
		this.data = new Dataset(direct, smm, sM, sM2, lMH, lMF, lMOpen, lMWon, lM2H2, lM2H, lM2Won, lMNotTarget,
				lMContested, dispute, cH, cH2, cF, cShared, cHc, dH, dH2, dH2Old, dF, batch, amo);
	}

	// ------------------------------------------------------------------ the matrix

	private static final Outcome A = Outcome.ALLOWED;

	private static final Outcome U = Outcome.UNAUTHORIZED;

	private static final Outcome F = Outcome.FORBIDDEN;

	private static final Outcome N = Outcome.NOT_FOUND;

	static Stream<Cell> matrix() {
		List<Cell> cells = new ArrayList<>();
		// anonymous, owner, marketer, hunter, farmer
		row(cells, "company", A, A, A, A, A);
		row(cells, "login", A, A, A, A, A);
		// ending a (web) session needs no valid session: "Always true"
		row(cells, "logout", A, A, A, A, A);
		// open to anonymous by design, like login: the refresh token is the credential,
		// and it only ever
		// yields the session of the person it was issued to, whoever sends it
		// (docs/security.md "Sessions")
		row(cells, "refreshSession", A, A, A, A, A);
		row(cells, "refreshSession with a rotated token", U, U, U, U, U);
		cell(cells, "refreshSession with a made-up token", Who.ANONYMOUS, U, null);
		cell(cells, "refreshSession with a made-up token", Who.OWNER, U, null);
		row(cells, "me", U, A, A, A, A);
		row(cells, "employees", U, A, A, A, A);
		row(cells, "sharedGoal", U, A, A, A, A);
		row(cells, "personalPlans", U, A, A, A, A);
		row(cells, "planHistory", U, A, F, F, F);
		row(cells, "dashboard", U, A, A, A, A);
		row(cells, "employeeKpis", U, A, A, A, A);
		row(cells, "conversionMatrix", U, A, A, A, A);
		row(cells, "varianceDecomposition", U, A, A, A, A);
		row(cells, "planFromGoal", U, A, F, F, F);
		row(cells, "applyPlanFromGoal", U, A, F, F, F);
		row(cells, "channels", U, A, A, A, A);
		row(cells, "spends", U, A, A, A, A);
		row(cells, "leads", U, A, A, A, A);
		row(cells, "clients", U, A, A, A, A);
		row(cells, "deals", U, A, A, A, A);
		row(cells, "createEmployee", U, A, F, F, F);
		row(cells, "updateEmployee", U, A, F, F, F);
		row(cells, "deactivateEmployee", U, A, F, F, F);
		row(cells, "changePassword", U, A, A, A, A);
		row(cells, "resetPassword", U, A, F, F, F);
		row(cells, "setSharedGoal", U, A, F, F, F);
		row(cells, "setPersonalPlan", U, A, F, F, F);
		row(cells, "createChannel", U, A, A, F, F);
		row(cells, "archiveChannel", U, A, A, F, F);
		row(cells, "recordSpend", U, A, A, F, F);
		row(cells, "recordLead", U, A, A, F, F);
		// hunter and farmer try a lead they can see (it is assigned to them): seen, but
		// not theirs to hand on
		row(cells, "assignLead", U, A, A, F, F);
		// the marketer tries their own lead: seen, but only its assignee sets its status
		row(cells, "closeLead", U, A, F, A, A);
		row(cells, "createClient", U, A, F, A, F);
		row(cells, "recordDeal", U, A, F, A, A);
		// SPEC §7 and §12 (wave 2): settings, coverage, corrections, voids and history.
		row(cells, "setPaceBasis", U, A, F, F, F);
		row(cells, "setCompanyCalendar", U, A, F, F, F);
		row(cells, "planCoverage", U, A, F, F, F);
		row(cells, "updateChannel", U, A, A, F, F);
		// marketers see only their own spend; salespeople none
		row(cells, "updateSpend", U, A, A, N, N);
		row(cells, "voidSpend", U, A, A, N, N);
		// where a lead came from is its marketer's: the hunter sees the lead but may not
		// move it
		row(cells, "updateLead", U, A, A, F, N);
		row(cells, "updateLead status", U, A, F, A, N);
		row(cells, "voidLead", U, A, A, N, N);
		// the hunter added this client; marketers see no clients
		row(cells, "updateClient", U, A, N, A, N);
		// the marketer sees the deal on their lead but does not correct a sale
		row(cells, "updateDeal", U, A, F, A, N);
		row(cells, "voidDeal", U, A, F, A, N);
		row(cells, "recordHistory", U, A, A, A, N);
		// only the lead's marketer contests (the owner rules instead); the hunter cannot
		// see hunter2's lead
		row(cells, "contestLostReason", U, F, A, N, N);
		row(cells, "resolveDispute", U, A, F, F, F);
		row(cells, "disputes", U, A, A, A, A);
		row(cells, "handoffs", U, A, A, A, A);
		// SPEC §9: schemes and runs are the owner's; a bonus only its person's (and
		// owners')
		row(cells, "bonusSchemes", U, A, F, F, F);
		row(cells, "bonusSchemeHistory", U, A, F, F, F);
		row(cells, "setBonusScheme", U, A, F, F, F);
		row(cells, "bonus", U, A, A, A, A);
		row(cells, "bonus of a colleague", U, A, F, F, F);
		row(cells, "bonusRun", U, A, F, F, F);
		row(cells, "closeBonusPeriod", U, A, F, F, F);
		// issue 14 item 1: owners close and reopen months; everyone sees which are closed
		row(cells, "closedPeriods", U, A, A, A, A);
		// SPEC §10 alerts: everyone reads and marks their own notifications only; another
		// person's id is left alone
		row(cells, "notifications", U, A, A, A, A);
		row(cells, "markNotificationsRead", U, A, A, A, A);
		row(cells, "markAllNotificationsRead", U, A, A, A, A);
		row(cells, "periodCloseHistory", U, A, F, F, F);
		row(cells, "closePeriod", U, A, F, F, F);
		row(cells, "reopenPeriod", U, A, F, F, F);
		// SPEC §8: import batches are the owner's
		row(cells, "importBatches", U, A, F, F, F);
		// SPEC §10 weekly digest: everyone their own preview and settings; no argument
		// can name someone else
		row(cells, "digestPreview", U, A, A, A, A);
		row(cells, "setDigestSubscription", U, A, A, A, A);
		row(cells, "setLanguage", U, A, A, A, A);
		row(cells, "revertImport", U, A, F, F, F);
		// Issue 10 item 2: column mappings are the owner's; a marketer keeps the Direct
		// one (the source they import)
		row(cells, "importMapping", U, A, A, F, F);
		row(cells, "setImportMapping", U, A, A, F, F);
		cell(cells, "importMapping of a CRM source", Who.OWNER, A, null);
		cell(cells, "importMapping of a CRM source", Who.MARKETER, F, "source");
		cell(cells, "setImportMapping of a CRM source", Who.OWNER, A, null);
		cell(cells, "setImportMapping of a CRM source", Who.MARKETER, F, "source");
		// Issue 12: integrations and their amoCRM mapping are the owner's
		row(cells, "integrations with their mapping", U, A, F, F, F);
		row(cells, "setIntegrationMapping", U, A, F, F, F);
		cell(cells, "setIntegrationMapping to an unknown person", Who.OWNER, N, "users[0].employeeId");

		// Ownership rules: the same mutations aimed at someone else's person or record.
		cell(cells, "recordSpend for a colleague", Who.OWNER, A, null);
		cell(cells, "recordSpend for a colleague", Who.MARKETER, F, "marketerId");
		cell(cells, "recordLead for a colleague", Who.OWNER, A, null);
		cell(cells, "recordLead for a colleague", Who.MARKETER, F, "marketerId");
		cell(cells, "assignLead of a colleague's lead", Who.OWNER, A, null);
		cell(cells, "assignLead of a colleague's lead", Who.MARKETER, N, "leadId");
		cell(cells, "closeLead of a lead assigned to a colleague", Who.OWNER, A, null);
		cell(cells, "closeLead of a lead assigned to a colleague", Who.HUNTER, N, "leadId");
		cell(cells, "closeLead of a lead assigned to a colleague", Who.FARMER, N, "leadId");
		cell(cells, "closeLead of an unassigned lead", Who.OWNER, A, null);
		cell(cells, "closeLead of an unassigned lead", Who.MARKETER, F, "leadId");
		cell(cells, "closeLead of an unassigned lead", Who.HUNTER, N, "leadId");
		cell(cells, "closeLead of an unassigned lead", Who.FARMER, N, "leadId");
		cell(cells, "recordDeal for a colleague", Who.OWNER, A, null);
		cell(cells, "recordDeal for a colleague", Who.HUNTER, F, "salespersonId");
		cell(cells, "recordDeal for a colleague", Who.FARMER, F, "salespersonId");
		cell(cells, "recordDeal with a colleague's client", Who.OWNER, A, null);
		cell(cells, "recordDeal with a colleague's client", Who.HUNTER, N, "clientId");
		cell(cells, "recordDeal with a colleague's client", Who.FARMER, N, "clientId");
		cell(cells, "recordDeal on a colleague's lead", Who.OWNER, A, null);
		cell(cells, "recordDeal on a colleague's lead", Who.HUNTER, N, "leadId");
		cell(cells, "recordDeal on a lead assigned to them", Who.OWNER, A, null);
		cell(cells, "recordDeal on a lead assigned to them", Who.HUNTER, A, null);
		cell(cells, "recordDeal on a lead assigned to them", Who.FARMER, A, null);
		cell(cells, "login with a wrong password", Who.ANONYMOUS, U, null);
		cell(cells, "archiveChannel of a colleague's channel", Who.OWNER, A, null);
		cell(cells, "archiveChannel of a colleague's channel", Who.MARKETER, F, "id");
		cell(cells, "updateSpend of a colleague", Who.OWNER, A, null);
		cell(cells, "updateSpend of a colleague", Who.MARKETER, N, "id");
		cell(cells, "voidLead of a colleague's lead", Who.OWNER, A, null);
		cell(cells, "voidLead of a colleague's lead", Who.MARKETER, N, "id");
		cell(cells, "assignLead of a won lead", Who.OWNER, A, null);
		cell(cells, "assignLead of a won lead", Who.MARKETER, F, "assigneeId");
		cell(cells, "updateDeal of a colleague", Who.OWNER, A, null);
		cell(cells, "updateDeal of a colleague", Who.HUNTER, N, "id");
		cell(cells, "updateDeal to another salesperson", Who.OWNER, A, null);
		cell(cells, "updateDeal to another salesperson", Who.HUNTER, F, "salespersonId");
		return cells.stream();
	}

	private static void row(List<Cell> cells, String operation, Outcome anonymous, Outcome owner, Outcome marketer,
			Outcome hunter, Outcome farmer) {
		Outcome[] outcomes = { anonymous, owner, marketer, hunter, farmer };
		for (Who who : Who.values()) {
			cells.add(new Cell(operation, who, outcomes[who.ordinal()], null));
		}
	}

	private static void cell(List<Cell> cells, String operation, Who who, Outcome outcome, String field) {
		cells.add(new Cell(operation, who, outcome, field));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("matrix")
	void cell(Cell cell) {
		Operation operation = operations().get(cell.operation());
		assertThat(operation).as("operation " + cell.operation()).isNotNull();
		Map<String, String> before = this.company.snapshot();
		assertThat(before).as("rows the cell starts from").isEqualTo(this.recordedRows);
		Object watchedBefore = (operation.watched() != null) ? operation.watched().get() : null;

		GraphQlTester.Response response = operation.call().apply(cell.who());

		if (cell.outcome() == Outcome.ALLOWED) {
			response.errors().verify();
			operation.allowed().accept(cell.who(), response);
			return;
		}
		GraphQlResponse raw = response.returnResponse();
		assertThat(raw.getErrors()).as("errors of a refused call").isNotEmpty();
		assertThat(raw.getErrors()).allSatisfy((error) -> {
			assertThat(error.getExtensions()).as("extensions of " + error.getMessage())
				.containsEntry("classification", cell.outcome().name());
			// Issue 13: every refusal also carries a stable code the apps translate.
			assertThat(String.valueOf(error.getExtensions().get(app.tandem.shared.ErrorCode.KEY)))
				.as("code of " + error.getMessage())
				.isIn(java.util.Arrays.stream(app.tandem.shared.ErrorCode.values()).map(Enum::name).toList());
			if (cell.field() != null) {
				assertThat(error.getExtensions()).as("extensions of " + error.getMessage())
					.containsEntry("field", cell.field());
			}
		});
		Map<String, Object> data = raw.getData();
		Object answer = (data == null) ? null : data.get(operation.root());
		if (CONNECTIONS.contains(operation.root()) && answer != null) {
			// Spring GraphQL answers a failed non-null connection field (SpendConnection!
			// etc.) with an
			// empty connection next to the error instead of null: acceptable as long as
			// nothing leaks.
			assertThat(answer).as("data of a refused call").isEqualTo(Map.of("edges", List.of()));
		}
		else {
			assertThat(answer).as("data of a refused call").isNull();
		}
		assertThat(this.company.snapshot()).as("row counts after a refused call").isEqualTo(before);
		if (operation.watched() != null) {
			assertThat(operation.watched().get()).as("the field a refused update aimed at").isEqualTo(watchedBefore);
		}
	}

	/**
	 * Every operation of the matrix by name, one backend module at a time; built afresh
	 * for each cell from the people and rows it starts from.
	 */
	private Map<String, Operation> operations() {
		Calls calls = new Calls(this.company);
		Map<String, Operation> ops = new LinkedHashMap<>();
		SessionOperations.addTo(ops, calls);
		PeopleOperations.addTo(ops, calls, this.jdbc);
		CompanyOperations.addTo(ops, calls);
		GoalOperations.addTo(ops, calls, this.jdbc);
		KpiOperations.addTo(ops, calls);
		AnalyticsOperations.addTo(ops, calls, this.jdbc);
		RecordOperations.addTo(ops, calls, this.data, this.jdbc);
		HandoffOperations.addTo(ops, calls, this.data);
		BonusOperations.addTo(ops, calls);
		ImportOperations.addTo(ops, calls, this.data, this.jdbc);
		IntegrationOperations.addTo(ops, calls, this.data, this.jdbc);
		NotificationOperations.addTo(ops, calls, this.jdbc);
		DigestOperations.addTo(ops, calls, this.jdbc);
		return ops;
	}

	// ------------------------------------------------------------------ sessions and
	// tokens

	@Test
	@DisplayName("me × deactivated employee with a still-valid token → UNAUTHORIZED, and login is refused too")
	void deactivatedEmployeesTokenStopsWorking() {
		Company c = this.company;
		c.hunter2.graphql()
			.document("{ me { id } }")
			.execute()
			.path("me.id")
			.entity(String.class)
			.isEqualTo(c.hunter2.idString());
		c.owner.graphql()
			.document("mutation($id: ID!) { deactivateEmployee(id: $id) { active } }")
			.variable("id", c.hunter2.idString())
			.execute()
			.path("deactivateEmployee.active")
			.entity(Boolean.class)
			.isEqualTo(false);

		assertClassification(c.hunter2.graphql().document("{ me { id } }").execute(), "UNAUTHORIZED");
		Map<String, String> before = c.snapshot();
		assertClassification(c.hunter2.graphql()
			.document("mutation($i: RecordDealInput!) { recordDeal(input: $i) { id } }")
			.variable("i",
					Map.of("clientId", this.data.cH2(), "salespersonId", c.hunter2.idString(), "closedOn", "2026-11-12",
							"revenue", "1.00", "cost", "0.00"))
			.execute(), "UNAUTHORIZED");
		assertThat(c.snapshot()).isEqualTo(before);
		assertClassification(c.anonymous()
			.document("mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }")
			.variable("e", c.hunter2.email())
			.variable("p", Company.PASSWORD)
			.execute(), "UNAUTHORIZED");
	}

	static Stream<String> badTokens() {
		return Stream.of("a tampered signature", "a tampered subject", "an unsigned token (alg none)", "garbage",
				"an expired token");
	}

	@ParameterizedTest(name = "me × {0} → HTTP 401 as a bearer token, no session as a cookie")
	@MethodSource("badTokens")
	void invalidTokenIsRefusedWithHttp401(String kind) throws Exception {
		String token = this.company.hunter.token();
		String[] parts = token.split("\\.");
		String bad = switch (kind) {
			case "a tampered signature" -> parts[0] + "." + parts[1] + "." + flipFirst(parts[2]);
			case "a tampered subject" ->
				parts[0] + "." + encode(decode(parts[1]).replace("\"sub\":\"" + this.company.hunter.id() + "\"",
						"\"sub\":\"" + this.company.owner.id() + "\"")) + "." + parts[2];
			case "an unsigned token (alg none)" -> encode("{\"alg\":\"none\"}") + "." + encode(decode(parts[1])
				.replace("\"sub\":\"" + this.company.hunter.id() + "\"", "\"sub\":\"" + this.company.owner.id() + "\""))
					+ ".";
			case "garbage" -> "not-a-token";
			default -> {
				// far beyond any token lifetime (12 hours by default, 3650 days at most
				// in a test)
				this.clock.set(Instant.parse("2036-12-31T00:00:00Z"));
				yield token;
			}
		};
		if (!kind.equals("an expired token")) {
			assertThat(bad).isNotEqualTo(token);
		}
		HttpResponse<String> response = post("{\"query\":\"{ me { id email role } }\"}", bad);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("UNAUTHORIZED")
			.doesNotContain(this.company.owner.email())
			.doesNotContain("\"data\"");
		// only an otherwise good token that ran out is TOKEN_EXPIRED (refresh and retry);
		// the rest: sign in again
		assertThat(response.body())
			.contains(kind.equals("an expired token") ? "\"code\":\"TOKEN_EXPIRED\"" : "\"code\":\"TOKEN_INVALID\"");
		// the same token as the web app's session cookie counts as no session (so the app
		// can still reach login):
		// anonymous, refused by the resolver, nothing of anyone's returned
		HttpResponse<String> web = postAsWebApp("{\"query\":\"{ me { id email role } }\"}", bad, true);
		assertThat(web.statusCode()).isEqualTo(200);
		assertThat(web.body()).contains("UNAUTHORIZED")
			.doesNotContain(this.company.owner.email())
			.doesNotContain(this.company.hunter.email());
		// and a refused mutation changes nothing
		Map<String, String> before = this.company.snapshot();
		HttpResponse<String> mutation = post(
				"{\"query\":\"mutation { createChannel(input: {name: \\\"Sneaky\\\"}) { id } }\"}", bad);
		assertThat(mutation.statusCode()).isEqualTo(401);
		assertThat(this.company.snapshot()).isEqualTo(before);
	}

	@Test
	@DisplayName("me × the untouched token over plain HTTP → 200 (bearer, or session cookie with the web app's header only)")
	void validTokenOverPlainHttpIsAccepted() throws Exception {
		HttpResponse<String> response = post("{\"query\":\"{ me { id } }\"}", this.company.hunter.token());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"id\":\"" + this.company.hunter.id() + "\"");
		// as the web app's session cookie: honoured only with the web app's header
		HttpResponse<String> web = postAsWebApp("{\"query\":\"{ me { id } }\"}", this.company.hunter.token(), true);
		assertThat(web.statusCode()).isEqualTo(200);
		assertThat(web.body()).contains("\"id\":\"" + this.company.hunter.id() + "\"");
		HttpResponse<String> foreign = postAsWebApp("{\"query\":\"{ me { id } }\"}", this.company.hunter.token(),
				false);
		assertThat(foreign.statusCode()).isEqualTo(200);
		assertThat(foreign.body()).contains("UNAUTHORIZED")
			.doesNotContain("\"id\":\"" + this.company.hunter.id() + "\"");
	}

	// ------------------------------------------------------------------ helpers

	private static final List<String> CONNECTIONS = List.of("channels", "spends", "leads", "clients", "deals",
			"disputes", "importBatches", "notifications");

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static void assertClassification(GraphQlTester.Response response, String classification) {
		List<ResponseError> errors = response.returnResponse().getErrors();
		assertThat(errors).isNotEmpty()
			.allSatisfy((e) -> assertThat(e.getExtensions()).containsEntry("classification", classification));
	}

	private HttpResponse<String> post(String body, String token) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json, application/json")
			.header("Authorization", "Bearer " + token)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/**
	 * A request carrying the token only as the web app's session cookie, with or without
	 * the web app's header.
	 */
	private HttpResponse<String> postAsWebApp(String body, String token, boolean withClientHeader) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json, application/json")
			.header("Cookie", "tandem_session=" + token);
		if (withClientHeader) {
			request.header("X-Tandem-Client", "web");
		}
		return HTTP.send(request.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String decode(String part) {
		return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
	}

	private static String encode(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

	private static String flipFirst(String signature) {
		char first = signature.charAt(0);
		return (first == 'A' ? 'B' : 'A') + signature.substring(1);
	}

}
