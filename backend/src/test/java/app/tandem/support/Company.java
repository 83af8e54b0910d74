package app.tandem.support;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import app.tandem.security.AccessTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Lazy;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A small company for a test: an owner, two marketers, two hunters and a farmer, each
 * with a signed-in GraphQL client, plus helpers that record through the API as a user
 * would.
 */
public class Company {

	public static final String PASSWORD = "correct-horse-battery";

	public static final String PASSWORD_HASH = PasswordEncoderFactories.createDelegatingPasswordEncoder()
		.encode(PASSWORD);

	/** Generous: a busy two-core machine (CI) must not fail a test by a slow answer. */
	private static final java.time.Duration TIMEOUT = java.time.Duration.ofSeconds(60);

	private static final List<String> TABLES = List.of("notification", "kpi_status_seen", "digest_delivery",
			"webhook_event", "amocrm_lead_state", "amocrm_source_map", "amocrm_status_map", "amocrm_user_map",
			"integration", "import_mapping_change", "import_mapping", "import_item", "import_batch",
			"bonus_payout_component", "bonus_payout", "bonus_period", "bonus_scheme_change", "bonus_scheme_weight",
			"bonus_scheme", "record_change_field", "record_change", "lead_dispute", "plan_baseline", "plan_change",
			"personal_plan", "shared_goal", "deal", "client", "sales_lead", "marketing_spend", "marketing_channel",
			"calendar_day", "closed_period_change", "closed_period", "employee");

	/**
	 * Security bookkeeping (failed sign-ins, revoked and refresh tokens): emptied by
	 * reset(), left out of snapshot().
	 */
	private static final List<String> BOOKKEEPING = List.of("login_failure", "revoked_token", "refresh_token");

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private AccessTokens tokens;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Autowired
	private org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;

	@Autowired
	@Lazy
	private HttpGraphQlTester graphql;

	@Autowired
	private TestClock clock;

	public Member owner;

	public Member marketer;

	public Member marketer2;

	public Member hunter;

	public Member hunter2;

	public Member farmer;

	/**
	 * Empties every table and hires the standard cast; the clock goes back to
	 * {@link TestClock#DEFAULT}.
	 */
	public Company reset() {
		this.clock.reset();
		BOOKKEEPING.forEach((table) -> this.jdbc.sql("DELETE FROM " + table).update());
		this.jdbc.sql("UPDATE company_setting SET pace_basis = 'CALENDAR_DAYS', updated_by = NULL, updated_at = NULL")
			.update();
		TABLES.forEach((table) -> this.jdbc.sql("DELETE FROM " + table).update());
		this.owner = hire("Olga Owner", "owner@test.tandem", "OWNER", null);
		this.marketer = hire("Anna Marketer", "anna@test.tandem", "EMPLOYEE", "MARKETER");
		this.marketer2 = hire("Dmitry Marketer", "dmitry@test.tandem", "EMPLOYEE", "MARKETER");
		this.hunter = hire("Ivan Hunter", "ivan@test.tandem", "EMPLOYEE", "HUNTER");
		this.hunter2 = hire("Sergey Hunter", "sergey@test.tandem", "EMPLOYEE", "HUNTER");
		this.farmer = hire("Maria Farmer", "maria@test.tandem", "EMPLOYEE", "FARMER");
		return this;
	}

	/**
	 * Every row a test's set-up recorded (through the API, as a user would), kept so that
	 * the next test can start from exactly these rows again by {@link #restore(Kept)}
	 * instead of recording them again: the authorization matrix records its small company
	 * once and restores it before each of its cells.
	 */
	public Kept keep() {
		Map<String, List<Map<String, Object>>> rows = new java.util.LinkedHashMap<>();
		for (String table : parentsFirst()) {
			rows.put(table, this.jdbc.sql("SELECT * FROM " + table).query().listOfRows());
		}
		return new Kept(rows);
	}

	/**
	 * Back to the rows {@link #keep()} read, with the same ids: every table emptied as by
	 * {@link #reset()}, the kept rows inserted parents first, the clock at
	 * {@link TestClock#DEFAULT} and fresh tokens for the cast.
	 */
	public Company restore(Kept kept) {
		this.clock.reset();
		// One transaction: one commit (on MariaDB one log flush) instead of one per
		// statement.
		new TransactionTemplate(this.transactionManager).executeWithoutResult((tx) -> {
			List<String> empty = new java.util.ArrayList<>();
			BOOKKEEPING.forEach((table) -> empty.add("DELETE FROM " + table));
			empty.add("UPDATE company_setting SET updated_by = NULL");
			TABLES.forEach((table) -> empty.add("DELETE FROM " + table));
			empty.add("DELETE FROM company_setting");
			this.jdbcTemplate.batchUpdate(empty.toArray(String[]::new));
			kept.rows().forEach(this::insert);
		});
		this.owner = signIn("owner@test.tandem");
		this.marketer = signIn("anna@test.tandem");
		this.marketer2 = signIn("dmitry@test.tandem");
		this.hunter = signIn("ivan@test.tandem");
		this.hunter2 = signIn("sergey@test.tandem");
		this.farmer = signIn("maria@test.tandem");
		return this;
	}

	/**
	 * Rows by table, in an order that inserts every referenced row before the rows that
	 * refer to it.
	 */
	public record Kept(Map<String, List<Map<String, Object>>> rows) {
	}

	/** TABLES lists children first (the order that deletes); inserts go the other way. */
	private static List<String> parentsFirst() {
		List<String> tables = new java.util.ArrayList<>(TABLES);
		java.util.Collections.reverse(tables);
		tables.add("company_setting");
		tables.addAll(BOOKKEEPING);
		return tables;
	}

	private void insert(String table, List<Map<String, Object>> rows) {
		if (rows.isEmpty()) {
			return;
		}
		List<String> columns = List.copyOf(rows.get(0).keySet());
		String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
				+ String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
		this.jdbcTemplate.batchUpdate(sql,
				rows.stream().map((row) -> columns.stream().map(row::get).toArray()).toList());
	}

	/**
	 * Empties every table and hires nobody (a test that seeds the demo company itself).
	 */
	public void empty() {
		this.clock.reset();
		BOOKKEEPING.forEach((table) -> this.jdbc.sql("DELETE FROM " + table).update());
		TABLES.forEach((table) -> this.jdbc.sql("DELETE FROM " + table).update());
	}

	/**
	 * A signed-in client for someone already employed (e.g. the demo company's owner).
	 */
	public Member signIn(String email) {
		long id = this.jdbc.sql("SELECT id FROM employee WHERE email = :email")
			.param("email", email)
			.query(Long.class)
			.single();
		String token = this.tokens.issue(id).value();
		return new Member(id, email, token, patient().header("Authorization", "Bearer " + token).build());
	}

	/**
	 * New tokens for everyone, issued at the clock's current time (after a test moved the
	 * clock).
	 */
	public void signInAgain() {
		this.owner = reissue(this.owner);
		this.marketer = reissue(this.marketer);
		this.marketer2 = reissue(this.marketer2);
		this.hunter = reissue(this.hunter);
		this.hunter2 = reissue(this.hunter2);
		this.farmer = reissue(this.farmer);
	}

	private Member reissue(Member member) {
		String token = this.tokens.issue(member.id()).value();
		return new Member(member.id(), member.email(), token,
				patient().header("Authorization", "Bearer " + token).build());
	}

	/**
	 * Both timeouts: the tester's and its WebTestClient's (5 s by default, too short for
	 * a busy CI machine).
	 */
	private HttpGraphQlTester.Builder<?> patient() {
		return this.graphql.mutate()
			.responseTimeout(TIMEOUT)
			.webTestClient((client) -> client.responseTimeout(TIMEOUT));
	}

	public List<Member> everyone() {
		return List.of(this.owner, this.marketer, this.marketer2, this.hunter, this.hunter2, this.farmer);
	}

	public Member hire(String name, String email, String role, String position) {
		this.jdbc.sql("""
				INSERT INTO employee (full_name, email, password_hash, role, job_position, active, version, created_at)
				VALUES (:name, :email, :hash, :role, :position, TRUE, 0, :now)""")
			.param("name", name)
			.param("email", email)
			.param("hash", PASSWORD_HASH)
			.param("role", role)
			.param("position", position)
			.param("now", LocalDateTime.of(2026, 1, 1, 0, 0))
			.update();
		long id = this.jdbc.sql("SELECT id FROM employee WHERE email = :email")
			.param("email", email)
			.query(Long.class)
			.single();
		String token = this.tokens.issue(id).value();
		return new Member(id, email, token, patient().header("Authorization", "Bearer " + token).build());
	}

	public HttpGraphQlTester anonymous() {
		return patient().build();
	}

	public long count(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

	/**
	 * Every table's rows, as a count and a digest of their contents: a refused call,
	 * including a refused correction that would change a row in place, must leave them
	 * all as they were.
	 */
	public Map<String, String> snapshot() {
		List<String> tables = new java.util.ArrayList<>(TABLES);
		tables.add("company_setting");
		return tables.stream().collect(java.util.stream.Collectors.toMap((t) -> t, this::digest));
	}

	private String digest(String table) {
		List<String> rows = this.jdbc.sql("SELECT * FROM " + table)
			.query()
			.listOfRows()
			.stream()
			.map((row) -> new java.util.TreeMap<>(row).toString())
			.sorted()
			.toList();
		return rows.size() + ":" + Integer.toHexString(rows.hashCode());
	}

	public String channel(String name) {
		return this.owner.graphql()
			.document("mutation($name: String) { createChannel(input: {name: $name}) { id } }")
			.variable("name", name)
			.execute()
			.path("createChannel.id")
			.entity(String.class)
			.get();
	}

	public String spend(String channelId, Member marketer, String day, String amount) {
		return this.owner.graphql()
			.document("""
					mutation($i: RecordSpendInput!) { recordSpend(input: $i) { id } }""")
			.variable("i",
					Map.of("channelId", channelId, "marketerId", marketer.idString(), "day", day, "amount", amount))
			.execute()
			.path("recordSpend.id")
			.entity(String.class)
			.get();
	}

	/**
	 * A lead created at {@code createdAt} (ISO-8601 with offset), optionally assigned.
	 */
	public String lead(String channelId, Member marketer, String createdAt, Member assignee) {
		Map<String, Object> input = new java.util.HashMap<>(
				Map.of("channelId", channelId, "marketerId", marketer.idString(), "createdAt", createdAt));
		if (assignee != null) {
			input.put("assigneeId", assignee.idString());
		}
		return this.owner.graphql()
			.document("mutation($i: RecordLeadInput!) { recordLead(input: $i) { id } }")
			.variable("i", input)
			.execute()
			.path("recordLead.id")
			.entity(String.class)
			.get();
	}

	public void closeLead(String leadId, String status, String reason) {
		Map<String, Object> input = new java.util.HashMap<>(Map.of("leadId", leadId, "status", status));
		if (reason != null) {
			input.put("lostReason", reason);
		}
		this.owner.graphql()
			.document("mutation($i: CloseLeadInput!) { closeLead(input: $i) { id } }")
			.variable("i", input)
			.execute()
			.path("closeLead.id")
			.hasValue();
	}

	public String client(String name) {
		return this.owner.graphql()
			.document("mutation($name: String) { createClient(input: {name: $name}) { id } }")
			.variable("name", name)
			.execute()
			.path("createClient.id")
			.entity(String.class)
			.get();
	}

	public String deal(String clientId, String leadId, Member salesperson, String closedOn, String revenue,
			String cost) {
		Map<String, Object> input = new java.util.HashMap<>(Map.of("clientId", clientId, "salespersonId",
				salesperson.idString(), "closedOn", closedOn, "revenue", revenue, "cost", cost));
		if (leadId != null) {
			input.put("leadId", leadId);
		}
		return this.owner.graphql()
			.document("mutation($i: RecordDealInput!) { recordDeal(input: $i) { id } }")
			.variable("i", input)
			.execute()
			.path("recordDeal.id")
			.entity(String.class)
			.get();
	}

	public void sharedGoal(String period, String turnover, String margin) {
		this.owner.graphql()
			.document("""
					mutation($i: SetSharedGoalInput!) { setSharedGoal(input: $i) { version } }""")
			.variable("i", Map.of("period", period, "turnoverTarget", turnover, "grossMarginTarget", margin))
			.execute()
			.path("setSharedGoal.version")
			.hasValue();
	}

	public void plan(Member employee, String period, String metric, String target) {
		this.owner.graphql()
			.document("""
					mutation($i: SetPersonalPlanInput!) { setPersonalPlan(input: $i) { id } }""")
			.variable("i",
					Map.of("employeeId", employee.idString(), "period", period, "metric", metric, "target", target))
			.execute()
			.path("setPersonalPlan.id")
			.hasValue();
	}

	/** An employee with a signed-in client. */
	public record Member(long id, String email, String token, GraphQlTester graphql) {

		public String idString() {
			return Long.toString(this.id);
		}

	}

}
