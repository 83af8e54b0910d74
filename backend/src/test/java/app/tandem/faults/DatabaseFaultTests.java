package app.tandem.faults;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5, part 4, for real: Tandem runs on a MariaDB server of the test's own, which the
 * test crashes (SIGKILL), freezes (SIGSTOP) and starts again. Requests and the health
 * check must fail within seconds with a clear UNAVAILABLE answer, Tandem must recover
 * without a restart, and a write cut off by the crash must leave nothing behind. Tagged
 * so it runs once, in its own surefire execution ({@code mvn verify} runs it; README has
 * the command to run it alone).
 */
@Tag("database-faults")
@ActiveProfiles({ "mysql", "mariadb" })
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tandem.demo.enabled=true", "management.endpoint.health.show-details=always" })
class DatabaseFaultTests {

	private static final Logger log = LoggerFactory.getLogger(DatabaseFaultTests.class);

	/**
	 * "Fail fast": the pool waits 3 s for a connection; everything above that is our
	 * margin on a busy machine.
	 */
	private static final Duration FAST = Duration.ofSeconds(10);

	/** Everything applyPlanFromGoal writes. */
	private static final List<String> PLAN_TABLES = List.of("shared_goal", "personal_plan", "plan_change",
			"plan_baseline");

	private static final ScratchMariaDb db = ScratchMariaDb.install();

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int port;

	private String token;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", db::jdbcUrl);
		registry.add("spring.datasource.username", () -> ScratchMariaDb.USER);
		registry.add("spring.datasource.password", () -> ScratchMariaDb.PASSWORD);
		registry.add("tandem.security.token-secret",
				() -> Base64.getEncoder().encodeToString("fault-tests-secret-of-at-least-32-bytes!".getBytes()));
	}

	@AfterAll
	static void stopServer() {
		log.info("Database faults injected: {}", db.faults());
		db.close();
	}

	@BeforeEach
	void signIn() {
		awaitHealth("UP", Duration.ofSeconds(60));
		this.token = JsonPath.read(graphql(null,
				"mutation { login(email: \"owner@demo.tandem\", password: \"tandem-demo-1\") { accessToken } }")
			.body(), "$.data.login.accessToken");
	}

	@Test
	void aCrashedDatabaseIsReportedInSecondsAndTandemRecoversWithoutARestart() {
		assertThat(me().statusCode()).isEqualTo(200);
		db.kill();

		// A signed-in request: its token's revocation check needs the database, before
		// any resolver.
		Timed<HttpResponse<String>> signedIn = timed(this::me);
		assertUnavailable(signedIn, 503);
		assertThat(signedIn.value().headers().firstValue("Retry-After")).hasValue("5");
		// Anonymous sign-in: the resolver's own transaction cannot start.
		assertUnavailable(timed(() -> graphql(null,
				"mutation { login(email: \"owner@demo.tandem\", password: \"tandem-demo-1\") { accessToken } }")), 200);
		Timed<HttpResponse<String>> health = timed(this::health);
		log.info("Health answered {} after {} ms", health.value().statusCode(), health.elapsed().toMillis());
		assertThat(health.elapsed()).isLessThan(FAST);
		assertThat(health.value().statusCode()).isEqualTo(503);
		assertThat((String) JsonPath.read(health.value().body(), "$.status")).isEqualTo("DOWN");

		db.start();
		awaitHealth("UP", Duration.ofSeconds(30));
		// The same token, the same process: reads and writes work again.
		HttpResponse<String> after = me();
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat((String) JsonPath.read(after.body(), "$.data.me.email")).isEqualTo("owner@demo.tandem");
		HttpResponse<String> write = graphql(this.token, """
				mutation { createChannel(input: {name: "After the crash %d"}) { id name } }"""
			.formatted(System.nanoTime()));
		assertThat(write.body()).doesNotContain("\"errors\"");
	}

	@Test
	void aFrozenDatabaseIsReportedInSecondsAndTandemRecoversWhenItAnswersAgain() throws Exception {
		assertThat(me().statusCode()).isEqualTo(200);
		// Let the pool's connections idle past Hikari's 0.5 s bypass window so the next
		// borrow validates them.
		Thread.sleep(1000);
		db.freeze();
		try {
			assertUnavailable(timed(this::me), 503);
			Timed<HttpResponse<String>> health = timed(this::health);
			log.info("Health answered {} after {} ms", health.value().statusCode(), health.elapsed().toMillis());
			assertThat(health.elapsed()).isLessThan(FAST);
			assertThat(health.value().statusCode()).isEqualTo(503);
		}
		finally {
			db.thaw();
		}
		awaitHealth("UP", Duration.ofSeconds(30));
		assertThat(me().statusCode()).isEqualTo(200);
	}

	@Test
	void aWriteCutOffByTheDatabaseDyingLeavesNothingHalfWritten() throws Exception {
		String period = YearMonth.now(ZoneId.of("Europe/Moscow")).plusMonths(1).toString();
		String before = planChecksums();
		String apply = "mutation { applyPlanFromGoal(period: \"%s\", turnoverTarget: \"9000000\") { hasHistory requiredDeals } }"
			.formatted(period);

		// Another session holds the baseline table, which applyPlanFromGoal touches last:
		// the write
		// stops there with the goal and the personal plans already written in its
		// transaction.
		ScratchMariaDb.Session blocker = db
			.openSession("LOCK TABLES " + ScratchMariaDb.SCHEMA + ".plan_baseline WRITE;");
		CompletableFuture<HttpResponse<String>> cutOff;
		long rowsWritten;
		try {
			awaitRoot("SHOW OPEN TABLES FROM " + ScratchMariaDb.SCHEMA + " WHERE In_use > 0", "plan_baseline");
			cutOff = graphqlAsync(this.token, apply);
			rowsWritten = awaitHalfWritten(cutOff);
			db.kill();
		}
		finally {
			blocker.close();
		}
		log.info("Killed the database with {} rows written by the unfinished transaction", rowsWritten);
		assertThat(rowsWritten).as("rows the cut-off transaction had written").isGreaterThan(1);

		HttpResponse<String> answer = cutOff.get(30, TimeUnit.SECONDS);
		assertThat(answer.body()).contains("\"UNAVAILABLE\"").doesNotContain("\"requiredDeals\"");

		db.start();
		awaitHealth("UP", Duration.ofSeconds(30));
		String after = planChecksums();
		assertThat(after).as("goal, plans, history and baseline after InnoDB's recovery").isEqualTo(before);
		assertThat(graphql(this.token, "{ sharedGoal(period: \"%s\") { version } }".formatted(period)).body())
			.contains("\"sharedGoal\":null");

		// Retrying is safe: the whole plan lands, once.
		HttpResponse<String> retried = graphql(this.token, apply);
		assertThat(retried.body()).doesNotContain("\"errors\"").contains("\"hasHistory\":true");
		assertThat((Integer) JsonPath.read(
				graphql(this.token, "{ sharedGoal(period: \"%s\") { version } }".formatted(period)).body(),
				"$.data.sharedGoal.version"))
			.isEqualTo(1);
	}

	/**
	 * Waits until the cut-off transaction waits for the locked table, and returns how
	 * many rows it had written by then (InnoDB's undo log entries of that transaction).
	 */
	private long awaitHalfWritten(CompletableFuture<HttpResponse<String>> write) {
		Pattern waiting = Pattern
			.compile("undo log entries (\\d+)\\n[^\\n]*" + ScratchMariaDb.USER + " Waiting for table metadata lock");
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(8);
		String status = "";
		while (System.nanoTime() < deadline && !write.isDone()) {
			status = db.root("SHOW ENGINE INNODB STATUS").replace("\\n", "\n");
			Matcher transaction = waiting.matcher(status);
			if (transaction.find()) {
				return Long.parseLong(transaction.group(1));
			}
			ScratchMariaDb.pause(50);
		}
		throw new AssertionError("applyPlanFromGoal never reached the locked table: " + status
				+ (write.isDone() ? "; it answered " + write.join().body() : ""));
	}

	private static String planChecksums() {
		return db.root("CHECKSUM TABLE "
				+ String.join(", ", PLAN_TABLES.stream().map((table) -> ScratchMariaDb.SCHEMA + "." + table).toList()));
	}

	private void awaitRoot(String sql, String expected) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (System.nanoTime() < deadline) {
			if (db.root(sql).contains(expected)) {
				return;
			}
			ScratchMariaDb.pause(50);
		}
		throw new AssertionError("Never saw " + expected + " for " + sql);
	}

	private void awaitHealth(String status, Duration within) {
		long start = System.nanoTime();
		long deadline = start + within.toNanos();
		String last = null;
		while (System.nanoTime() < deadline) {
			last = health().body();
			if (last.contains("\"status\":\"" + status + "\"")) {
				log.info("Health {} after {} ms", status, (System.nanoTime() - start) / 1_000_000);
				return;
			}
			ScratchMariaDb.pause(200);
		}
		throw new AssertionError("Health never said " + status + " within " + within + ": " + last);
	}

	private static void assertUnavailable(Timed<HttpResponse<String>> response, int status) {
		log.info("Answered UNAVAILABLE (HTTP {}) after {} ms", response.value().statusCode(),
				response.elapsed().toMillis());
		assertThat(response.elapsed()).as("time to answer").isLessThan(FAST);
		assertThat(response.value().statusCode()).isEqualTo(status);
		List<String> classifications = JsonPath.read(response.value().body(), "$.errors[*].extensions.classification");
		assertThat(classifications).isNotEmpty().containsOnly("UNAVAILABLE");
		assertThat(response.value().body()).contains("The database is not reachable right now");
	}

	private HttpResponse<String> me() {
		return graphql(this.token, "{ me { email } }");
	}

	private HttpResponse<String> health() {
		return send(HttpRequest.newBuilder(uri("/actuator/health")).GET());
	}

	private HttpResponse<String> graphql(String bearer, String document) {
		return send(graphqlRequest(bearer, document));
	}

	private CompletableFuture<HttpResponse<String>> graphqlAsync(String bearer, String document) {
		return http.sendAsync(graphqlRequest(bearer, document).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder graphqlRequest(String bearer, String document) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri("/graphql"))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(
					"{\"query\":\"" + document.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"}"));
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		return request;
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static <T> Timed<T> timed(java.util.function.Supplier<T> call) {
		long start = System.nanoTime();
		T value = call.get();
		return new Timed<>(value, Duration.ofNanos(System.nanoTime() - start));
	}

	record Timed<T>(T value, Duration elapsed) {
	}

}
