package app.tandem.authz;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import app.tandem.support.Company;
import app.tandem.support.Company.Member;
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
import org.springframework.core.ParameterizedTypeReference;
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
 * The dataset (all recorded by the owner in November 2026, "today" being the 15th):
 * <ul>
 * <li>channels {@code direct}, {@code smm}; spend {@code sM} (marketer), {@code sM2}
 * (marketer2);
 * <li>leads {@code lMH} (marketer → hunter), {@code lMF} (marketer → farmer),
 * {@code lMOpen} (marketer, unassigned), {@code lMWon} (marketer → hunter, won by deal
 * {@code dH}), {@code lM2H2} (marketer2 → hunter2), {@code lM2H} (marketer2 → hunter),
 * {@code lM2Won} (marketer2 → hunter2, won by {@code dH2}), {@code lMNotTarget} and
 * {@code lMContested} (marketer → hunter2, LOST as NOT_TARGET; the marketer contested the
 * second: {@code dispute});
 * <li>clients {@code cH} (acquired by hunter through {@code dH}), {@code cH2} (acquired
 * by hunter2 through {@code dH2}), {@code cF} (account manager: farmer, no deals),
 * {@code cShared} (acquired by hunter2 in October through {@code dH2Old}, then sold to by
 * the farmer: {@code dF}), {@code cHc} (created by the hunter, no deals);
 * <li>shared goal for 2026-11; personal plans for 2026-11: hunter TURNOVER, marketer
 * LEADS, farmer TURNOVER, hunter2 TURNOVER.
 * </ul>
 */
@TandemTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

	static final String PERIOD = "2026-11";

	@Autowired
	Company company;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@LocalServerPort
	int port;

	String direct;

	String smm;

	String sM;

	String sM2;

	String lMH;

	String lMF;

	String lMNotTarget;

	String lMContested;

	String dispute;

	String lMOpen;

	String lMWon;

	String lM2H2;

	String lM2H;

	String lM2Won;

	String cH;

	String cH2;

	String cF;

	String cShared;

	String cHc;

	String dH;

	String dH2;

	String dH2Old;

	String dF;

	String batch;

	String amo;

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
		this.direct = c.channel("Yandex Direct");
		this.smm = c.channel("SMM");
		this.sM = c.spend(this.direct, c.marketer, "2026-11-02", "1000.00");
		this.sM2 = c.spend(this.smm, c.marketer2, "2026-11-03", "700.00");

		this.lMH = c.lead(this.direct, c.marketer, "2026-11-02T10:00:00+03:00", c.hunter);
		this.lMF = c.lead(this.direct, c.marketer, "2026-11-03T10:00:00+03:00", c.farmer);
		this.lMOpen = c.lead(this.direct, c.marketer, "2026-11-04T10:00:00+03:00", null);
		this.lMWon = c.lead(this.direct, c.marketer, "2026-11-01T10:00:00+03:00", c.hunter);
		this.lM2H2 = c.lead(this.smm, c.marketer2, "2026-11-02T11:00:00+03:00", c.hunter2);
		this.lM2H = c.lead(this.smm, c.marketer2, "2026-11-03T11:00:00+03:00", c.hunter);
		this.lM2Won = c.lead(this.smm, c.marketer2, "2026-11-01T11:00:00+03:00", c.hunter2);
		// SPEC §12: two of the marketer's leads that hunter2 marked NOT_TARGET; the
		// marketer contested the second.
		this.lMNotTarget = c.lead(this.direct, c.marketer, "2026-11-05T10:00:00+03:00", c.hunter2);
		c.closeLead(this.lMNotTarget, "LOST", "NOT_TARGET");
		this.lMContested = c.lead(this.direct, c.marketer, "2026-11-05T11:00:00+03:00", c.hunter2);
		c.closeLead(this.lMContested, "LOST", "NOT_TARGET");
		this.dispute = c.marketer.graphql()
			.document("mutation($i: ContestLostReasonInput!) { contestLostReason(input: $i) { id } }")
			.variable("i", Map.of("leadId", this.lMContested, "comment", "A real request"))
			.execute()
			.path("contestLostReason.id")
			.entity(String.class)
			.get();

		this.cH = c.client("Volga Logistics");
		this.cH2 = c.client("Ural Metal");
		this.cF = c.owner.graphql()
			.document("mutation($i: CreateClientInput!) { createClient(input: $i) { id } }")
			.variable("i", Map.of("name", "Neva Print", "accountManagerId", c.farmer.idString()))
			.execute()
			.path("createClient.id")
			.entity(String.class)
			.get();
		this.cShared = c.client("Kama Foods");
		this.cHc = c.hunter.graphql()
			.document("mutation($i: CreateClientInput!) { createClient(input: $i) { id } }")
			.variable("i", Map.of("name", "Oka Timber"))
			.execute()
			.path("createClient.id")
			.entity(String.class)
			.get();

		this.dH = c.deal(this.cH, this.lMWon, c.hunter, "2026-11-03", "30000.00", "10000.00");
		this.dH2 = c.deal(this.cH2, this.lM2Won, c.hunter2, "2026-11-04", "50000.00", "20000.00");
		this.dH2Old = c.deal(this.cShared, null, c.hunter2, "2026-10-01", "40000.00", "30000.00");
		this.dF = c.deal(this.cShared, null, c.farmer, "2026-11-05", "20000.00", "5000.00");

		// Each channel has its marketer: smm is the marketer's, direct the colleague's
		// (SPEC §7).
		c.owner.graphql()
			.document("mutation($a: UpdateChannelInput!, $b: UpdateChannelInput!) { a: updateChannel(input: $a) { id } "
					+ "b: updateChannel(input: $b) { id } }")
			.variable("a", Map.of("id", this.smm, "marketerId", c.marketer.idString()))
			.variable("b", Map.of("id", this.direct, "marketerId", c.marketer2.idString()))
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
		this.batch = this.jdbc.sql("SELECT MAX(id) FROM import_batch").query(Long.class).single().toString();

		// SPEC §10: an amoCRM integration whose mapping only owners read and change
		this.amo = c.owner.graphql()
			.document("mutation { createIntegration(input: {kind: AMOCRM, name: \"amoCRM\"}) { id } }")
			.execute()
			.path("createIntegration.id")
			.entity(String.class)
			.get();

		c.sharedGoal(PERIOD, "100000.00", "40000.00");
		c.plan(c.hunter, PERIOD, "TURNOVER", "60000");
		c.plan(c.marketer, PERIOD, "LEADS", "10");
		c.plan(c.farmer, PERIOD, "TURNOVER", "20000");
		c.plan(c.hunter2, PERIOD, "TURNOVER", "50000");
	}

	// ------------------------------------------------------------------ the matrix

	enum Who {

		ANONYMOUS, OWNER, MARKETER, HUNTER, FARMER;

		@Override
		public String toString() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	enum Outcome {

		ALLOWED, UNAUTHORIZED, FORBIDDEN, NOT_FOUND

	}

	/**
	 * One cell: an operation (optionally a variant of it), a caller, and what must
	 * happen.
	 */
	record Cell(String operation, Who who, Outcome outcome, String field) {

		@Override
		public String toString() {
			return this.operation + " × " + this.who + " → " + this.outcome
					+ (this.field == null ? "" : " (field " + this.field + ")");
		}

	}

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
	 * How to call one operation as anyone, what an allowed call must show, and (for
	 * updates) the stored value a refused call must leave alone.
	 */
	record Operation(String root, Function<Who, GraphQlTester.Response> call,
			BiConsumer<Who, GraphQlTester.Response> allowed, Supplier<Object> watched) {

		Operation(String root, Function<Who, GraphQlTester.Response> call,
				BiConsumer<Who, GraphQlTester.Response> allowed) {
			this(root, call, allowed, null);
		}

	}

	private Map<String, Operation> operations() {
		Company c = this.company;
		Map<String, Operation> ops = new LinkedHashMap<>();

		// ---- queries

		ops.put("company",
				new Operation("company", (who) -> run(who, "{ company { name currency timeZone today } }", Map.of()),
						(who, r) -> r.path("company.today").entity(String.class).isEqualTo("2026-11-15")));

		ops.put("login", new Operation("login", (who) -> {
			Member as = (who == Who.ANONYMOUS) ? c.owner : member(who);
			return run(who,
					"mutation($e: String!, $p: String!) { login(email: $e, password: $p) "
							+ "{ accessToken expiresAt employee { id email } } }",
					Map.of("e", as.email(), "p", Company.PASSWORD));
		}, (who, r) -> {
			Member as = (who == Who.ANONYMOUS) ? c.owner : member(who);
			r.path("login.employee.id").entity(String.class).isEqualTo(as.idString());
			r.path("login.employee.email").entity(String.class).isEqualTo(as.email());
			String token = r.path("login.accessToken").entity(String.class).get();
			c.anonymous()
				.mutate()
				.header("Authorization", "Bearer " + token)
				.build()
				.document("{ me { id } }")
				.execute()
				.path("me.id")
				.entity(String.class)
				.isEqualTo(as.idString());
		}));

		ops.put("refreshSession", new Operation("refreshSession",
				(who) -> run(who, REFRESH, Map.of("t", refreshTokenOf(who == Who.ANONYMOUS ? c.hunter : member(who)))),
				(who, r) -> {
					Member as = (who == Who.ANONYMOUS) ? c.hunter : member(who);
					r.path("refreshSession.employee.id").entity(String.class).isEqualTo(as.idString());
					r.path("refreshSession.refreshToken")
						.entity(String.class)
						.satisfies((t) -> assertThat(t).hasSize(43));
					String token = r.path("refreshSession.accessToken").entity(String.class).get();
					c.anonymous()
						.mutate()
						.header("Authorization", "Bearer " + token)
						.build()
						.document("{ me { id } }")
						.execute()
						.path("me.id")
						.entity(String.class)
						.isEqualTo(as.idString());
				}));
		ops.put("refreshSession with a rotated token", new Operation("refreshSession", (who) -> {
			String first = refreshTokenOf(who == Who.ANONYMOUS ? c.hunter : member(who));
			run(who, REFRESH, Map.of("t", first)).errors().verify();
			return run(who, REFRESH, Map.of("t", first));
		}, (who, r) -> {
		}));
		ops.put("refreshSession with a made-up token", new Operation("refreshSession",
				(who) -> run(who, REFRESH, Map.of("t", "bm90LWEtcmVhbC1yZWZyZXNoLXRva2VuLWF0LWFsbC0x")), (who, r) -> {
				}));

		ops.put("logout", new Operation("logout", (who) -> run(who, "mutation { logout }", Map.of()),
				(who, r) -> r.path("logout").entity(Boolean.class).isEqualTo(true)));

		ops.put("login with a wrong password",
				new Operation("login",
						(who) -> run(who,
								"mutation { login(email: \"" + c.owner.email()
										+ "\", password: \"wrong-password-entirely\") { accessToken } }",
								Map.of()),
						(who, r) -> {
						}));

		ops.put("me", new Operation("me", (who) -> run(who, "{ me { id email role position active } }", Map.of()),
				(who, r) -> {
					r.path("me.id").entity(String.class).isEqualTo(member(who).idString());
					r.path("me.email").entity(String.class).isEqualTo(member(who).email());
				}));

		ops.put("employees",
				new Operation("employees", (who) -> run(who, "{ employees { id email } }", Map.of()), (who, r) -> {
					List<Map<String, Object>> people = r.path("employees").entity(LIST_OF_MAPS).get();
					assertThat(people).extracting((e) -> e.get("id"))
						.containsExactlyInAnyOrderElementsOf(c.everyone().stream().map(Member::idString).toList());
					for (Member person : c.everyone()) {
						Object email = people.stream()
							.filter((e) -> person.idString().equals(e.get("id")))
							.findFirst()
							.orElseThrow()
							.get("email");
						boolean visible = who == Who.OWNER || person.id() == member(who).id();
						assertThat(email).as("e-mail of " + person.email() + " seen by " + who)
							.isEqualTo(visible ? person.email() : null);
					}
				}));

		ops.put("sharedGoal",
				new Operation("sharedGoal", (who) -> run(who,
						"query($p: YearMonth!) { sharedGoal(period: $p) { period turnoverTarget grossMarginTarget } }",
						Map.of("p", PERIOD)), (who, r) -> {
							r.path("sharedGoal.turnoverTarget").entity(String.class).isEqualTo("100000.00");
							r.path("sharedGoal.grossMarginTarget").entity(String.class).isEqualTo("40000.00");
						}));

		ops.put("personalPlans",
				new Operation("personalPlans",
						(who) -> run(who,
								"query($p: YearMonth!) { personalPlans(period: $p) { employee { id } metric target } }",
								Map.of("p", PERIOD)),
						(who, r) -> {
							List<String> owners = r.path("personalPlans[*].employee.id").entityList(String.class).get();
							if (who == Who.OWNER) {
								assertThat(owners).containsExactlyInAnyOrder(c.hunter.idString(), c.marketer.idString(),
										c.farmer.idString(), c.hunter2.idString());
							}
							else {
								// one plan each: their own, and nobody else's
								assertThat(owners).containsExactly(member(who).idString());
								r.path("personalPlans[0].target").hasValue();
							}
						}));

		ops.put("planHistory", new Operation("planHistory",
				(who) -> run(who, "query($p: YearMonth!) { planHistory(period: $p) { id subject metric newValue } }",
						Map.of("p", PERIOD)),
				// two changes for the shared goal, one per personal plan
				(who, r) -> r.path("planHistory[*].id").entityList(String.class).hasSize(6)));

		ops.put("dashboard", new Operation("dashboard",
				(who) -> this.tester(who).documentName("dashboard").variable("period", PERIOD).execute(), (who, r) -> {
					r.path("dashboard.turnover").entity(String.class).isEqualTo("100000.00");
					r.path("dashboard.goal.turnoverTarget").entity(String.class).isEqualTo("100000.00");
					List<Map<String, Object>> members = r.path("dashboard.members").entity(LIST_OF_MAPS).get();
					// everyone with a position: the owner holds none and has no numbers
					assertThat(members).extracting((m) -> (Object) ((Map<?, ?>) m.get("employee")).get("id"))
						.containsExactlyInAnyOrder(c.marketer.idString(), c.marketer2.idString(), c.hunter.idString(),
								c.hunter2.idString(), c.farmer.idString());
					for (Map<String, Object> m : members) {
						@SuppressWarnings("unchecked")
						Map<String, Object> employee = (Map<String, Object>) m.get("employee");
						boolean self = who != Who.OWNER && member(who).idString().equals(employee.get("id"));
						if (who == Who.OWNER || self) {
							assertThat(employee.get("email")).as("e-mail in the dashboard").isNotNull();
						}
						else {
							assertThat(employee.get("email")).as("a colleague's e-mail in the dashboard").isNull();
							assertHiddenTargets(kpis(m), "dashboard member " + employee.get("id"));
						}
					}
				}));

		ops.put("employeeKpis", new Operation("employeeKpis", (who) -> {
			Member colleague = (who == Who.MARKETER) ? c.hunter : (who == Who.HUNTER) ? c.marketer : c.hunter;
			return kpisOf(who, colleague);
		}, (who, r) -> {
			if (who == Who.OWNER) {
				// the owner sees everyone's absolute targets
				r.path("employeeKpis.kpis[1].metric").entity(String.class).isEqualTo("TURNOVER");
				r.path("employeeKpis.kpis[1].target").entity(String.class).isEqualTo("60000.00");
				r.path("employeeKpis.kpis[1].expectedByNow").hasValue();
				r.path("employeeKpis.kpis[1].requiredDailyPace").hasValue();
				r.path("employeeKpis.employee.email").entity(String.class).isEqualTo(c.hunter.email());
				return;
			}
			// a colleague: completion ratios, never absolute targets (nor the numbers
			// that give them away)
			r.path("employeeKpis.employee.email").valueIsNull();
			List<Map<String, Object>> kpis = r.path("employeeKpis.kpis").entity(LIST_OF_MAPS).get();
			assertHiddenTargets(kpis, "colleague");
			int planned = (who == Who.HUNTER) ? 0 : 1; // marketer's LEADS, hunter's
														// TURNOVER
			Double expected = (who == Who.HUNTER) ? 0.6 : 0.5; // 6 of 10 leads; 30000 of
																// 60000
			assertThat(kpis.get(planned).get("completion")).as("completion of the colleague's planned KPI")
				.isEqualTo(expected);
			// and their own: everything
			GraphQlTester.Response own = kpisOf(who, member(who));
			int index = (who == Who.MARKETER || who == Who.FARMER) ? 0 : 1;
			String target = switch (who) {
				case MARKETER -> "10";
				case HUNTER -> "60000.00";
				default -> "20000.00";
			};
			own.path("employeeKpis.kpis[" + index + "].target").entity(String.class).isEqualTo(target);
			own.path("employeeKpis.kpis[" + index + "].completion").hasValue();
			own.path("employeeKpis.kpis[" + index + "].expectedByNow").hasValue();
			own.path("employeeKpis.kpis[" + index + "].requiredDailyPace").hasValue();
			own.path("employeeKpis.employee.email").entity(String.class).isEqualTo(member(who).email());
		}));

		ops.put("channels",
				new Operation("channels",
						(who) -> run(who, "{ channels(first: 100) { edges { node { id name archived } } } }", Map.of()),
						(who, r) -> r.path("channels.edges[*].node.id")
							.entityList(String.class)
							.containsExactly(this.smm, this.direct)));

		ops.put("spends",
				new Operation("spends",
						(who) -> run(who, "{ spends(first: 100) { edges { node { id marketer { id } } } } }", Map.of()),
						(who, r) -> assertIds(r, "spends", switch (who) {
							case OWNER -> List.of(this.sM, this.sM2);
							case MARKETER -> List.of(this.sM);
							default -> List.of();
						})));

		ops.put("leads",
				new Operation("leads", (who) -> run(who,
						"{ leads(first: 100) { edges { node { id marketer { id } assignee { id } } } } }", Map.of()),
						(who, r) -> assertIds(r, "leads", switch (who) {
							case OWNER -> List.of(this.lMH, this.lMF, this.lMOpen, this.lMWon, this.lM2H2, this.lM2H,
									this.lM2Won, this.lMNotTarget, this.lMContested);
							case MARKETER -> List.of(this.lMH, this.lMF, this.lMOpen, this.lMWon, this.lMNotTarget,
									this.lMContested);
							case HUNTER -> List.of(this.lMH, this.lMWon, this.lM2H);
							default -> List.of(this.lMF);
						})));

		ops.put("clients",
				new Operation("clients",
						(who) -> run(who, "{ clients(first: 100) { edges { node { id name } } } }", Map.of()),
						(who, r) -> assertIds(r, "clients", switch (who) {
							case OWNER -> List.of(this.cH, this.cH2, this.cF, this.cShared, this.cHc);
							case MARKETER -> List.of();
							// acquired (cH), created (cHc)
							case HUNTER -> List.of(this.cH, this.cHc);
							// manages (cF), sold to (cShared)
							default -> List.of(this.cF, this.cShared);
						})));

		ops.put("deals",
				new Operation("deals", (who) -> run(who,
						"{ deals(first: 100) { edges { node { id salesperson { id } lead { id } } } } }", Map.of()),
						(who, r) -> assertIds(r, "deals", switch (who) {
							case OWNER -> List.of(this.dH, this.dH2, this.dH2Old, this.dF);
							// the deal on their own lead
							case MARKETER -> List.of(this.dH);
							case HUNTER -> List.of(this.dH);
							default -> List.of(this.dF);
						})));

		// ---- people and plans (owner only)

		ops.put("createEmployee", new Operation(
				"createEmployee", (
						who) -> run(who,
								"mutation($i: CreateEmployeeInput!) { createEmployee(input: $i) { id email } }",
								Map.of("i",
										Map.of("fullName", "Nina Newcomer", "email", "nina@test.tandem", "password",
												Company.PASSWORD, "role", "EMPLOYEE", "position", "HUNTER"))),
				(who, r) -> {
					r.path("createEmployee.email").entity(String.class).isEqualTo("nina@test.tandem");
					assertThat(this.company.count("employee")).isEqualTo(7);
				}));

		ops.put("updateEmployee", new Operation("updateEmployee",
				(who) -> run(who, "mutation($i: UpdateEmployeeInput!) { updateEmployee(input: $i) { id fullName } }",
						Map.of("i",
								Map.of("id", c.hunter2.idString(), "fullName", "Sergey Renamed", "role", "EMPLOYEE",
										"position", "HUNTER"))),
				(who, r) -> assertThat(fullNameOf(c.hunter2)).isEqualTo("Sergey Renamed"),
				() -> fullNameOf(c.hunter2)));

		ops.put("deactivateEmployee",
				new Operation("deactivateEmployee",
						(who) -> run(who, "mutation($id: ID!) { deactivateEmployee(id: $id) { id active } }",
								Map.of("id", c.hunter2.idString())),
						(who, r) -> assertThat(isActive(c.hunter2)).isFalse(), () -> isActive(c.hunter2)));

		ops.put("changePassword", new Operation("changePassword", (who) -> run(who,
				"mutation($c: String, $n: String) { changePassword(currentPassword: $c, newPassword: $n) { accessToken employee { id } } }",
				Map.of("c", Company.PASSWORD, "n", "a-brand-new-password-1")), (who, r) -> {
					r.path("changePassword.employee.id").entity(String.class).isEqualTo(member(who).idString());
					assertThat(passwordHashOf(member(who))).isNotEqualTo(Company.PASSWORD_HASH);
				}));

		ops.put("resetPassword",
				new Operation("resetPassword", (who) -> run(who,
						"mutation($id: ID, $n: String) { resetPassword(employeeId: $id, newPassword: $n) { id } }",
						Map.of("id", c.hunter2.idString(), "n", "a-brand-new-password-1")),
						(who, r) -> assertThat(passwordHashOf(c.hunter2)).isNotEqualTo(Company.PASSWORD_HASH),
						() -> passwordHashOf(c.hunter2)));

		ops.put("setSharedGoal",
				new Operation("setSharedGoal",
						(who) -> run(who, "mutation($i: SetSharedGoalInput!) { setSharedGoal(input: $i) { version } }",
								Map.of("i",
										Map.of("period", PERIOD, "turnoverTarget", "150000.00", "grossMarginTarget",
												"60000.00"))),
						(who, r) -> assertThat(goalTurnoverTarget()).isEqualByComparingTo("150000.00"),
						this::goalTurnoverTarget));

		ops.put("conversionMatrix",
				new Operation("conversionMatrix", (who) -> run(who,
						"query($p: YearMonth!) { conversionMatrix(period: $p) { leads channels { channel { id } } } }",
						Map.of("p", PERIOD)), (who, r) -> r.path("conversionMatrix.leads").hasValue()));

		ops.put("varianceDecomposition",
				new Operation("varianceDecomposition", (who) -> run(who,
						"query($p: YearMonth!) { varianceDecomposition(period: $p) { turnover { difference } } }",
						Map.of("p", PERIOD)),
						(who, r) -> r.path("varianceDecomposition.turnover.difference").hasValue()));

		ops.put("planFromGoal", new Operation("planFromGoal", (who) -> run(who,
				"query($p: YearMonth!) { planFromGoal(period: $p, turnoverTarget: \"200000\") { split { target } } }",
				Map.of("p", PERIOD)), (who, r) -> r.path("planFromGoal.split").hasValue()));

		ops.put("applyPlanFromGoal", new Operation("applyPlanFromGoal", (who) -> run(who,
				"mutation($p: YearMonth!) { applyPlanFromGoal(period: $p, turnoverTarget: \"200000\") { turnoverTarget } }",
				Map.of("p", PERIOD)), (who, r) -> assertThat(goalTurnoverTarget()).isEqualByComparingTo("200000.00"),
				this::goalTurnoverTarget));

		ops.put("setPersonalPlan", new Operation("setPersonalPlan",
				(who) -> run(who, "mutation($i: SetPersonalPlanInput!) { setPersonalPlan(input: $i) { id target } }",
						Map.of("i",
								Map.of("employeeId", c.hunter.idString(), "period", PERIOD, "metric", "TURNOVER",
										"target", "90000"))),
				(who, r) -> assertThat(hunterTurnoverTarget()).isEqualByComparingTo("90000"),
				this::hunterTurnoverTarget));

		// ---- channels, spend, leads (owner and marketers)

		ops.put("createChannel",
				new Operation("createChannel",
						(who) -> run(who, "mutation($i: CreateChannelInput!) { createChannel(input: $i) { id name } }",
								Map.of("i", Map.of("name", "Referrals"))),
						(who, r) -> {
							r.path("createChannel.name").entity(String.class).isEqualTo("Referrals");
							assertThat(this.company.count("marketing_channel")).isEqualTo(3);
						}));

		ops.put("archiveChannel",
				new Operation("archiveChannel",
						(who) -> run(who, "mutation($id: ID!) { archiveChannel(id: $id) { id archived } }",
								Map.of("id", this.smm)),
						(who, r) -> assertThat(isArchived(this.smm)).isTrue(), () -> isArchived(this.smm)));
		ops.put("archiveChannel of a colleague's channel",
				new Operation("archiveChannel", (who) -> run(who,
						"mutation($id: ID!) { archiveChannel(id: $id) { id archived } }", Map.of("id", this.direct)),
						(who, r) -> assertThat(isArchived(this.direct)).isTrue()));
		waveTwo(ops);

		ops.put("recordSpend", recordSpend((who) -> c.marketer));
		ops.put("recordSpend for a colleague", recordSpend((who) -> c.marketer2));
		ops.put("recordLead", recordLead((who) -> c.marketer));
		ops.put("recordLead for a colleague", recordLead((who) -> c.marketer2));

		// hunter and farmer pick a lead assigned to them (they see it); everyone else the
		// marketer's open lead
		ops.put("assignLead", assignLead((who) -> switch (who) {
			case HUNTER -> this.lMH;
			case FARMER -> this.lMF;
			default -> this.lMOpen;
		}));
		ops.put("assignLead of a colleague's lead", assignLead((who) -> this.lM2H2));

		ops.put("closeLead", closeLead((who) -> (who == Who.FARMER) ? this.lMF : this.lMH));
		ops.put("closeLead of a lead assigned to a colleague", closeLead((who) -> this.lM2H2));
		ops.put("closeLead of an unassigned lead", closeLead((who) -> this.lMOpen));

		// ---- clients and deals (owner and salespeople)

		ops.put("createClient",
				new Operation("createClient",
						(who) -> run(who, "mutation($i: CreateClientInput!) { createClient(input: $i) { id name } }",
								Map.of("i", Map.of("name", "Don Bakery"))),
						(who, r) -> {
							r.path("createClient.name").entity(String.class).isEqualTo("Don Bakery");
							assertThat(this.company.count("client")).isEqualTo(6);
						}));

		// a salesperson sells as themself to a client of their own; anyone else as the
		// hunter to the hunter's client
		ops.put("recordDeal", recordDeal((who) -> (who == Who.FARMER) ? this.cF : this.cH, (who) -> null,
				(who) -> (who == Who.FARMER) ? c.farmer : c.hunter));
		ops.put("recordDeal for a colleague",
				recordDeal((who) -> (who == Who.FARMER) ? this.cF : this.cH, (who) -> null, (who) -> c.hunter2));
		ops.put("recordDeal with a colleague's client",
				recordDeal((who) -> this.cH2, (who) -> null, (who) -> (who == Who.FARMER) ? c.farmer : c.hunter));
		ops.put("recordDeal on a colleague's lead",
				recordDeal((who) -> this.cH, (who) -> this.lM2H2, (who) -> (who == Who.OWNER) ? c.hunter2 : c.hunter));
		ops.put("recordDeal on a lead assigned to them",
				recordDeal((who) -> (who == Who.FARMER) ? this.cF : this.cH,
						(who) -> (who == Who.FARMER) ? this.lMF : this.lMH,
						(who) -> (who == Who.FARMER) ? c.farmer : c.hunter));
		return ops;
	}

	/**
	 * The operations of SPEC §7 and §12: settings, coverage, corrections, voids, history.
	 */
	private void waveTwo(Map<String, Operation> ops) {
		Company c = this.company;
		digest(ops);
		ops.put("setPaceBasis",
				new Operation("setPaceBasis",
						(who) -> run(who, "mutation { setPaceBasis(input: {paceBasis: WORKING_DAYS}) { paceBasis } }",
								Map.of()),
						(who, r) -> r.path("setPaceBasis.paceBasis").entity(String.class).isEqualTo("WORKING_DAYS")));
		ops.put("setCompanyCalendar",
				new Operation("setCompanyCalendar",
						(who) -> run(who,
								"mutation { setCompanyCalendar(input: {year: 2026, nonWorkingDays: [\"2026-11-04\"]}) "
										+ "{ nonWorkingDays(year: 2026) } }",
								Map.of()),
						(who, r) -> r.path("setCompanyCalendar.nonWorkingDays[0]")
							.entity(String.class)
							.isEqualTo("2026-11-04")));
		ops.put("planCoverage",
				new Operation("planCoverage", (who) -> run(
						who, "query($p: YearMonth!) { planCoverage(period: $p) { plannedTurnover turnoverCoverage } }",
						Map.of("p", PERIOD)),
						(who, r) -> r.path("planCoverage.plannedTurnover")
							.entity(String.class)
							.isEqualTo("130000.00")));
		ops.put("updateChannel",
				new Operation("updateChannel",
						(who) -> run(who, "mutation($i: UpdateChannelInput!) { updateChannel(input: $i) { name } }",
								Map.of("i", Map.of("id", this.smm, "name", "Social"))),
						(who, r) -> r.path("updateChannel.name").entity(String.class).isEqualTo("Social")));
		ops.put("updateSpend", updateSpend(this.sM));
		ops.put("updateSpend of a colleague", updateSpend(this.sM2));
		ops.put("voidSpend",
				new Operation("voidSpend",
						(who) -> run(who, "mutation($i: VoidSpendInput!) { voidSpend(input: $i) { voided } }",
								Map.of("i", Map.of("id", this.sM, "reason", "Entered twice"))),
						(who, r) -> r.path("voidSpend.voided").entity(Boolean.class).isEqualTo(true)));
		ops.put("updateLead",
				new Operation("updateLead",
						(who) -> run(who, "mutation($i: UpdateLeadInput!) { updateLead(input: $i) { createdAt } }",
								Map.of("i", Map.of("id", this.lMH, "createdAt", "2026-11-05T10:00:00+03:00"))),
						(who, r) -> r.path("updateLead.createdAt")
							.entity(String.class)
							.isEqualTo("2026-11-05T10:00:00+03:00")));
		ops.put("updateLead status", new Operation("updateLead",
				(who) -> run(who, "mutation($i: UpdateLeadInput!) { updateLead(input: $i) { status lostReason } }",
						Map.of("i", Map.of("id", this.lMH, "status", "LOST", "lostReason", "NO_BUDGET"))),
				(who, r) -> r.path("updateLead.lostReason").entity(String.class).isEqualTo("NO_BUDGET")));
		ops.put("voidLead", voidLead(this.lMOpen));
		ops.put("voidLead of a colleague's lead", voidLead(this.lM2H2));
		ops.put("assignLead of a won lead", assignLead((who) -> this.lMWon));
		ops.put("updateClient",
				new Operation("updateClient",
						(who) -> run(who, "mutation($i: UpdateClientInput!) { updateClient(input: $i) { name } }",
								Map.of("i", Map.of("id", this.cHc, "name", "Oka Timber LLC"))),
						(who, r) -> r.path("updateClient.name").entity(String.class).isEqualTo("Oka Timber LLC")));
		ops.put("updateDeal", updateDeal((who) -> this.dH, Map.of("revenue", "31000.00")));
		ops.put("updateDeal of a colleague", updateDeal((who) -> this.dH2, Map.of("revenue", "31000.00")));
		// the owner moves the farmer's deal (no lead) to hunter2; the hunter tries their
		// own deal
		ops.put("updateDeal to another salesperson", updateDeal((who) -> (who == Who.OWNER) ? this.dF : this.dH,
				Map.of("salespersonId", c.hunter2.idString())));
		ops.put("voidDeal",
				new Operation("voidDeal",
						(who) -> run(who, "mutation($i: VoidDealInput!) { voidDeal(input: $i) { voided } }",
								Map.of("i", Map.of("id", this.dH, "reason", "Cancelled order"))),
						(who, r) -> r.path("voidDeal.voided").entity(Boolean.class).isEqualTo(true)));
		ops.put("contestLostReason", new Operation("contestLostReason",
				(who) -> run(who, "mutation($i: ContestLostReasonInput!) { contestLostReason(input: $i) { status } }",
						Map.of("i", Map.of("leadId", this.lMNotTarget, "comment", "Budget was confirmed"))),
				(who, r) -> r.path("contestLostReason.status").entity(String.class).isEqualTo("OPEN")));
		ops.put("resolveDispute", new Operation("resolveDispute", (who) -> run(who,
				"mutation($i: ResolveDisputeInput!) { resolveDispute(input: $i) { verdict lead { lostReason } } }",
				Map.of("i", Map.of("disputeId", this.dispute, "verdict", "OVERTURNED", "comment", "Fair lead"))),
				(who, r) -> r.path("resolveDispute.lead.lostReason").entity(String.class).isEqualTo("OTHER")));
		ops.put("disputes", new Operation("disputes",
				(who) -> run(who, "{ disputes(first: 10) { totalCount edges { node { lead { id } } } } }", Map.of()),
				(who, r) -> r.path("disputes.totalCount")
					.entity(Integer.class)
					.isEqualTo((who == Who.OWNER || who == Who.MARKETER) ? 1 : 0)));
		ops.put("handoffs",
				new Operation("handoffs",
						(who) -> run(who, "query($p: YearMonth!) { handoffs(period: $p) { marketer { id } leads } }",
								Map.of("p", PERIOD)),
						// marketer → hunter, farmer, hunter2; marketer2 → hunter2, hunter
						(who, r) -> r.path("handoffs").entityList(Object.class).hasSize(5)));
		ops.put("bonusSchemes",
				new Operation("bonusSchemes", (who) -> run(who, "{ bonusSchemes { position } }", Map.of()),
						(who, r) -> r.path("bonusSchemes").entityList(Object.class).hasSize(0)));
		ops.put("bonusSchemeHistory",
				new Operation("bonusSchemeHistory", (who) -> run(who, "{ bonusSchemeHistory { field } }", Map.of()),
						(who, r) -> r.path("bonusSchemeHistory").entityList(Object.class).hasSize(0)));
		ops.put("setBonusScheme", new Operation("setBonusScheme", (who) -> run(who,
				"mutation($i: SetBonusSchemeInput!) { setBonusScheme(input: $i) { version } }",
				Map.of("i",
						Map.of("position", "FARMER", "targetBonus", "10000.00", "sharedMetric", "TURNOVER", "gate", 0.5,
								"cap", 1.5, "weights", List.of(Map.of("metric", "TURNOVER", "weight", 1.0))))),
				(who, r) -> r.path("setBonusScheme.version").entity(Integer.class).isEqualTo(1)));
		ops.put("bonus", new Operation("bonus",
				(who) -> run(who, "query($e: ID!, $p: YearMonth!) { bonus(employeeId: $e, period: $p) { reason } }",
						Map.of("e", (who == Who.ANONYMOUS ? c.hunter : member(who)).idString(), "p", PERIOD)),
				(who, r) -> r.path("bonus.reason").entity(String.class).isEqualTo("NO_SCHEME")));
		ops.put("bonus of a colleague", new Operation("bonus",
				(who) -> run(who, "query($e: ID!, $p: YearMonth!) { bonus(employeeId: $e, period: $p) { reason } }",
						Map.of("e", c.hunter2.idString(), "p", PERIOD)),
				(who, r) -> r.path("bonus.reason").entity(String.class).isEqualTo("NO_SCHEME")));
		ops.put("bonusRun",
				new Operation("bonusRun",
						(who) -> run(who, "query($p: YearMonth!) { bonusRun(period: $p) { total closed } }",
								Map.of("p", PERIOD)),
						(who, r) -> r.path("bonusRun.total").entity(String.class).isEqualTo("0.00")));
		ops.put("closedPeriods",
				new Operation("closedPeriods", (who) -> run(who, "{ closedPeriods { period } }", Map.of()),
						(who, r) -> r.path("closedPeriods").entityList(Object.class).hasSize(0)));
		ops.put("periodCloseHistory",
				new Operation("periodCloseHistory", (who) -> run(who, "{ periodCloseHistory { action } }", Map.of()),
						(who, r) -> r.path("periodCloseHistory").entityList(Object.class).hasSize(0)));
		ops.put("closePeriod",
				new Operation("closePeriod",
						(who) -> run(who, "mutation { closePeriod(period: \"2026-10\") { period } }", Map.of()),
						(who, r) -> r.path("closePeriod.period").entity(String.class).isEqualTo("2026-10")));
		ops.put("reopenPeriod", new Operation("reopenPeriod", (who) -> {
			if (who == Who.OWNER) {
				run(who, "mutation { closePeriod(period: \"2026-09\") { period } }", Map.of());
			}
			return run(who, "mutation($i: ReopenPeriodInput!) { reopenPeriod(input: $i) { action } }",
					Map.of("i", Map.of("period", "2026-09", "reason", "a late invoice")));
		}, (who, r) -> r.path("reopenPeriod.action").entity(String.class).isEqualTo("REOPEN")));
		ops.put("closeBonusPeriod",
				new Operation("closeBonusPeriod",
						(who) -> run(who, "mutation { closeBonusPeriod(period: \"2026-10\") { closed } }", Map.of()),
						(who, r) -> r.path("closeBonusPeriod.closed").entity(Boolean.class).isEqualTo(true)));
		ops.put("importBatches", new Operation("importBatches",
				(who) -> run(who, "{ importBatches(first: 5) { totalCount edges { node { id source } } } }", Map.of()),
				(who, r) -> r.path("importBatches.totalCount").entity(Integer.class).isEqualTo(1)));
		ops.put("revertImport",
				new Operation("revertImport", (who) -> run(who,
						"mutation($id: ID!) { revertImport(id: $id) { revertedAt } }", Map.of("id", this.batch)),
						(who, r) -> r.path("revertImport.revertedAt").hasValue()));
		ops.put("importMapping", importMapping("yandex-direct"));
		ops.put("importMapping of a CRM source", importMapping("amocrm-leads"));
		ops.put("setImportMapping", setImportMapping("yandex-direct", "Cost"));
		ops.put("setImportMapping of a CRM source", setImportMapping("amocrm-leads", "Статус сделки"));
		ops.put("integrations with their mapping", new Operation("integrations",
				(who) -> run(who, "{ integrations { id kind mapping { version users { amoUserId } } } }", Map.of()),
				(who, r) -> r.path("integrations[0].mapping.version").entity(Integer.class).isEqualTo(0)));
		ops.put("setIntegrationMapping", setIntegrationMapping(c.hunter.idString()));
		ops.put("setIntegrationMapping to an unknown person", setIntegrationMapping("999999"));
		ops.put("notifications",
				new Operation("notifications",
						(who) -> run(who,
								"{ notifications(first: 100) { totalCount unreadCount edges { node { id kind } } } }",
								Map.of()),
						(who, r) -> {
							r.path("notifications.totalCount")
								.entity(Long.class)
								.isEqualTo(notificationsOf(member(who), false));
							r.path("notifications.edges[*].node.id")
								.entityList(String.class)
								.containsExactly(notificationIds(member(who)).toArray(String[]::new));
						}));
		// The hunter's own notification, asked for by everyone: only the hunter's call
		// touches it.
		ops.put("markNotificationsRead",
				new Operation("markNotificationsRead",
						(who) -> run(who, "mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { id read } }",
								Map.of("ids", List.of(notificationIds(c.hunter).get(0)))),
						(who, r) -> {
							if (who == Who.HUNTER) {
								r.path("markNotificationsRead[0].read").entity(Boolean.class).isEqualTo(true);
								assertThat(notificationsOf(c.hunter, true))
									.isEqualTo(notificationIds(c.hunter).size() - 1);
							}
							else {
								r.path("markNotificationsRead").entityList(Object.class).hasSize(0);
								assertThat(notificationsOf(c.hunter, true)).isEqualTo(notificationIds(c.hunter).size());
							}
						}, () -> notificationsOf(c.hunter, true)));
		ops.put("markAllNotificationsRead", new Operation("markAllNotificationsRead", (who) -> {
			return run(who, "mutation { markAllNotificationsRead }", Map.of());
		}, (who, r) -> {
			assertThat(notificationsOf(member(who), true)).isZero();
			assertThat(notificationsOf(c.hunter, true))
				.isEqualTo(who == Who.HUNTER ? 0 : notificationIds(c.hunter).size());
		}, () -> notificationsOf(c.hunter, true)));
		ops.put("recordHistory",
				new Operation("recordHistory",
						(who) -> run(who, "query($id: ID!) { recordHistory(kind: DEAL, id: $id) { action by { id } } }",
								Map.of("id", this.dH)),
						(who, r) -> r.path("recordHistory[0].action").entity(String.class).isEqualTo("CREATED")));
	}

	private Operation importMapping(String source) {
		return new Operation("importMapping",
				(who) -> run(who,
						"query($s: String!) { importMapping(source: $s) { source columns { field header } } }",
						Map.of("s", source)),
				(who, r) -> r.path("importMapping.source").entity(String.class).isEqualTo(source));
	}

	private Operation setImportMapping(String source, String field) {
		return new Operation("setImportMapping", (who) -> run(who,
				"mutation($i: SetImportMappingInput!) { setImportMapping(input: $i) { source " + "changedBy { id } } }",
				Map.of("i", Map.of("source", source, "columns", List.of(Map.of("field", field, "header", "Renamed"))))),
				(who, r) -> r.path("setImportMapping.changedBy.id")
					.entity(String.class)
					.isEqualTo(member(who).idString()),
				() -> this.jdbc.sql("SELECT COUNT(*) FROM import_mapping").query(Long.class).single());
	}

	private Operation setIntegrationMapping(String employee) {
		return new Operation("setIntegrationMapping",
				(who) -> run(who,
						"mutation($i: SetIntegrationMappingInput!) { setIntegrationMapping(input: $i) { version "
								+ "users { amoUserId employee { id } } changedBy { id } } }",
						Map.of("i",
								Map.of("integrationId", this.amo, "expectedVersion", 0, "users",
										List.of(Map.of("amoUserId", "7001001", "employeeId", employee))))),
				(who, r) -> {
					r.path("setIntegrationMapping.changedBy.id").entity(String.class).isEqualTo(member(who).idString());
					r.path("setIntegrationMapping.users[0].employee.id").entity(String.class).isEqualTo(employee);
				},
				() -> this.jdbc.sql("SELECT mapping_version FROM integration WHERE id = :id")
					.param("id", Long.parseLong(this.amo))
					.query(Integer.class)
					.single());
	}

	private Operation updateSpend(String spend) {
		return new Operation("updateSpend",
				(who) -> run(who, "mutation($i: UpdateSpendInput!) { updateSpend(input: $i) { amount } }",
						Map.of("i", Map.of("id", spend, "amount", "1234.00"))),
				(who, r) -> r.path("updateSpend.amount").entity(String.class).isEqualTo("1234.00"));
	}

	private Operation voidLead(String lead) {
		return new Operation("voidLead",
				(who) -> run(who, "mutation($i: VoidLeadInput!) { voidLead(input: $i) { voided } }",
						Map.of("i", Map.of("id", lead, "reason", "Spam"))),
				(who, r) -> r.path("voidLead.voided").entity(Boolean.class).isEqualTo(true));
	}

	private Operation updateDeal(Function<Who, String> deal, Map<String, Object> change) {
		return new Operation("updateDeal", (who) -> {
			Map<String, Object> input = new HashMap<>(change);
			input.put("id", deal.apply(who));
			return run(who, "mutation($i: UpdateDealInput!) { updateDeal(input: $i) { id revenue } }",
					Map.of("i", input));
		}, (who, r) -> r.path("updateDeal.id").entity(String.class).isEqualTo(deal.apply(who)));
	}

	private Operation recordSpend(Function<Who, Member> marketer) {
		return new Operation("recordSpend",
				(who) -> run(who,
						"mutation($i: RecordSpendInput!) { recordSpend(input: $i) { id marketer { id } amount } }",
						Map.of("i", Map.of("channelId", this.direct, "marketerId", marketer.apply(who).idString(),
								"day", "2026-11-10", "amount", "500.00"))),
				(who, r) -> {
					r.path("recordSpend.marketer.id").entity(String.class).isEqualTo(marketer.apply(who).idString());
					assertThat(this.company.count("marketing_spend")).isEqualTo(3);
				});
	}

	private Operation recordLead(Function<Who, Member> marketer) {
		return new Operation(
				"recordLead", (
						who) -> run(who,
								"mutation($i: RecordLeadInput!) { recordLead(input: $i) { id marketer { id } } }",
								Map.of("i", Map.of("channelId", this.direct, "marketerId",
										marketer.apply(who).idString(), "createdAt", "2026-11-10T10:00:00+03:00"))),
				(who, r) -> {
					r.path("recordLead.marketer.id").entity(String.class).isEqualTo(marketer.apply(who).idString());
					assertThat(this.company.count("sales_lead")).isEqualTo(10);
				});
	}

	/**
	 * SPEC §10: the digest preview is the caller's own (their name, never a colleague's
	 * figures), and a setting changes the caller's row only: every other person's stays
	 * as it was.
	 */
	private void digest(Map<String, Operation> ops) {
		ops.put("digestPreview", new Operation("digestPreview",
				(who) -> run(who, "{ digestPreview { subject html mailConfigured } }", Map.of()), (who, r) -> {
					String html = r.path("digestPreview.html").entity(String.class).get();
					String name = this.jdbc.sql("SELECT full_name FROM employee WHERE id = :id")
						.param("id", member(who).id())
						.query(String.class)
						.single();
					assertThat(html).contains(name);
					for (Member other : this.company.everyone()) {
						if (other.id() != member(who).id() && who != Who.OWNER) {
							String otherName = this.jdbc.sql("SELECT full_name FROM employee WHERE id = :id")
								.param("id", other.id())
								.query(String.class)
								.single();
							assertThat(html).as("a colleague in " + who + "'s preview").doesNotContain(otherName);
						}
					}
				}));
		ops.put("setDigestSubscription",
				new Operation("setDigestSubscription", (who) -> run(who,
						"mutation { setDigestSubscription(enabled: false) { id digestSubscription } }", Map.of()),
						(who, r) -> {
							r.path("setDigestSubscription.id").entity(String.class).isEqualTo(member(who).idString());
							assertThat(employeesColumn("digest_subscribed")).containsExactly(
									this.company.everyone().stream().map((m) -> m.id() != member(who).id()).toArray());
						}, () -> employeesColumn("digest_subscribed")));
		ops.put("setLanguage", new Operation("setLanguage",
				(who) -> run(who, "mutation { setLanguage(language: RU) { id language } }", Map.of()), (who, r) -> {
					r.path("setLanguage.language").entity(String.class).isEqualTo("RU");
					assertThat(employeesColumn("language")).containsExactly(this.company.everyone()
						.stream()
						.map((m) -> m.id() == member(who).id() ? "ru" : null)
						.toArray());
				}, () -> employeesColumn("language")));
	}

	/**
	 * A column of every person of the cast, in the order of {@link Company#everyone()}.
	 */
	private List<Object> employeesColumn(String column) {
		List<Object> values = new ArrayList<>();
		for (Member m : this.company.everyone()) {
			values.add(this.jdbc.sql("SELECT " + column + " FROM employee WHERE id = :id")
				.param("id", m.id())
				.query((rs, n) -> rs.getObject(1))
				.list()
				.get(0));
		}
		return values;
	}

	private Operation assignLead(Function<Who, String> lead) {
		return new Operation("assignLead",
				(who) -> run(who, "mutation($i: AssignLeadInput!) { assignLead(input: $i) { id assignee { id } } }",
						Map.of("i", Map.of("leadId", lead.apply(who), "assigneeId", this.company.hunter2.idString()))),
				(who, r) -> {
					r.path("assignLead.assignee.id").entity(String.class).isEqualTo(this.company.hunter2.idString());
					assertThat(leadColumn(lead.apply(who), "assignee_id")).isEqualTo(this.company.hunter2.id());
				}, () -> leadsColumn("assignee_id"));
	}

	private Operation closeLead(Function<Who, String> lead) {
		return new Operation("closeLead",
				(who) -> run(who, "mutation($i: CloseLeadInput!) { closeLead(input: $i) { id status lostReason } }",
						Map.of("i", Map.of("leadId", lead.apply(who), "status", "LOST", "lostReason", "NO_BUDGET"))),
				(who, r) -> {
					r.path("closeLead.status").entity(String.class).isEqualTo("LOST");
					assertThat(leadColumn(lead.apply(who), "status")).isEqualTo("LOST");
				}, () -> leadsColumn("status"));
	}

	private Operation recordDeal(Function<Who, String> client, Function<Who, String> lead,
			Function<Who, Member> salesperson) {
		return new Operation("recordDeal", (who) -> {
			Map<String, Object> input = new HashMap<>(
					Map.of("clientId", client.apply(who), "salespersonId", salesperson.apply(who).idString(),
							"closedOn", "2026-11-12", "revenue", "1000.00", "cost", "400.00"));
			if (lead.apply(who) != null) {
				input.put("leadId", lead.apply(who));
			}
			return run(who,
					"mutation($i: RecordDealInput!) { recordDeal(input: $i) { id salesperson { id } lead { id } } }",
					Map.of("i", input));
		}, (who, r) -> {
			r.path("recordDeal.salesperson.id").entity(String.class).isEqualTo(salesperson.apply(who).idString());
			assertThat(this.company.count("deal")).isEqualTo(5);
			if (lead.apply(who) != null) {
				assertThat(leadColumn(lead.apply(who), "status")).isEqualTo("WON");
			}
		}, () -> leadsColumn("status"));
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
					Map.of("clientId", this.cH2, "salespersonId", c.hunter2.idString(), "closedOn", "2026-11-12",
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

	private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST_OF_MAPS = new ParameterizedTypeReference<>() {
	};

	/**
	 * How many notifications {@code member} has (only the unread ones when
	 * {@code unread}), read from the table.
	 */
	private long notificationsOf(Member member, boolean unread) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM notification WHERE employee_id = :e" + (unread ? " AND read_at IS NULL" : ""))
			.param("e", member.id())
			.query(Long.class)
			.single();
	}

	private List<String> notificationIds(Member member) {
		return this.jdbc.sql("SELECT id FROM notification WHERE employee_id = :e ORDER BY id DESC")
			.param("e", member.id())
			.query(Long.class)
			.list()
			.stream()
			.map(String::valueOf)
			.toList();
	}

	private Member member(Who who) {
		return switch (who) {
			case OWNER -> this.company.owner;
			case MARKETER -> this.company.marketer;
			case HUNTER -> this.company.hunter;
			case FARMER -> this.company.farmer;
			case ANONYMOUS -> throw new IllegalArgumentException("anonymous is no member");
		};
	}

	private static final String REFRESH = "mutation($t: String!) { refreshSession(refreshToken: $t) "
			+ "{ accessToken refreshToken employee { id } } }";

	/** A fresh bearer sign-in's refresh token (signing in is open to anyone). */
	private String refreshTokenOf(Member member) {
		return this.company.anonymous()
			.document("mutation($e: String!, $p: String!) { login(email: $e, password: $p) { refreshToken } }")
			.variable("e", member.email())
			.variable("p", Company.PASSWORD)
			.execute()
			.path("login.refreshToken")
			.entity(String.class)
			.get();
	}

	private GraphQlTester tester(Who who) {
		return (who == Who.ANONYMOUS) ? this.company.anonymous() : member(who).graphql();
	}

	private GraphQlTester.Response run(Who who, String document, Map<String, Object> variables) {
		GraphQlTester.Request<?> request = tester(who).document(document);
		variables.forEach(request::variable);
		return request.execute();
	}

	private GraphQlTester.Response kpisOf(Who who, Member employee) {
		return tester(who).documentName("employeeKpis")
			.variable("employeeId", employee.idString())
			.variable("period", PERIOD)
			.execute();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> kpis(Map<String, Object> member) {
		return (List<Map<String, Object>>) member.get("kpis");
	}

	private static void assertHiddenTargets(List<Map<String, Object>> kpis, String whose) {
		assertThat(kpis).as("KPIs of " + whose).isNotEmpty().allSatisfy((kpi) -> {
			assertThat(kpi.get("target")).as(kpi.get("metric") + ".target of " + whose).isNull();
			assertThat(kpi.get("expectedByNow")).as(kpi.get("metric") + ".expectedByNow of " + whose).isNull();
			assertThat(kpi.get("requiredDailyPace")).as(kpi.get("metric") + ".requiredDailyPace of " + whose).isNull();
		});
	}

	private static void assertIds(GraphQlTester.Response r, String connection, List<String> expected) {
		List<String> ids = r.path(connection + ".edges[*].node.id").entityList(String.class).get();
		assertThat(ids).as(connection + " visible").containsExactlyInAnyOrderElementsOf(expected);
	}

	private static void assertClassification(GraphQlTester.Response response, String classification) {
		List<ResponseError> errors = response.returnResponse().getErrors();
		assertThat(errors).isNotEmpty()
			.allSatisfy((e) -> assertThat(e.getExtensions()).containsEntry("classification", classification));
	}

	private String fullNameOf(Member m) {
		return this.jdbc.sql("SELECT full_name FROM employee WHERE id = ?").param(m.id()).query(String.class).single();
	}

	private String passwordHashOf(Member m) {
		return this.jdbc.sql("SELECT password_hash FROM employee WHERE id = ?")
			.param(m.id())
			.query(String.class)
			.single();
	}

	private Boolean isActive(Member m) {
		return this.jdbc.sql("SELECT active FROM employee WHERE id = ?").param(m.id()).query(Boolean.class).single();
	}

	private Boolean isArchived(String channelId) {
		return this.jdbc.sql("SELECT archived FROM marketing_channel WHERE id = ?")
			.param(Long.parseLong(channelId))
			.query(Boolean.class)
			.single();
	}

	private BigDecimal goalTurnoverTarget() {
		return this.jdbc.sql("SELECT turnover_target FROM shared_goal WHERE plan_month = ?")
			.param(PERIOD)
			.query(BigDecimal.class)
			.single();
	}

	private BigDecimal hunterTurnoverTarget() {
		return this.jdbc.sql("SELECT target FROM personal_plan WHERE employee_id = ? AND plan_month = ? AND metric = ?")
			.param(this.company.hunter.id())
			.param(PERIOD)
			.param("TURNOVER")
			.query(BigDecimal.class)
			.single();
	}

	private Object leadColumn(String leadId, String column) {
		Object value = this.jdbc.sql("SELECT " + column + " FROM sales_lead WHERE id = ?")
			.param(Long.parseLong(leadId))
			.query((rs, n) -> rs.getObject(1))
			.single();
		return (value instanceof Number number) ? (Object) number.longValue() : value;
	}

	/**
	 * One column of every lead, by id: a refused lead update must leave all of them as
	 * they were.
	 */
	private Map<Long, Object> leadsColumn(String column) {
		Map<Long, Object> values = new HashMap<>();
		this.jdbc.sql("SELECT id, " + column + " FROM sales_lead").query((rs) -> {
			Object value = rs.getObject(2);
			values.put(rs.getLong(1), (value instanceof Number number) ? (Object) number.longValue() : value);
		});
		return values;
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
