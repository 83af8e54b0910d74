package app.tandem.live;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import app.tandem.support.Company;
import app.tandem.support.GraphQlSocket;
import app.tandem.support.TandemTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * docs/spec.md §10 through a real WebSocket: {@code kpisChanged} over
 * graphql-transport-ws, signed in by connection_init or the web session, refused when
 * anonymous. "Today" is 15 November 2026.
 */
@TandemTest
class LiveTests {

	static final String KPIS_CHANGED = "subscription($p: YearMonth!) { kpisChanged(period: $p) { period employeeIds } }";

	@Autowired
	Company company;

	@LocalServerPort
	int port;

	String direct;

	@BeforeEach
	void company() {
		this.direct = this.company.reset().channel("Yandex Direct");
	}

	GraphQlSocket signedIn(Company.Member member) {
		GraphQlSocket socket = GraphQlSocket.open(this.port);
		assertThat(socket.init(Map.of("Authorization", "Bearer " + member.token()))).containsEntry("type",
				"connection_ack");
		return socket;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> event(Map<String, Object> message) {
		assertThat(message).as("a next message").isNotNull().containsEntry("type", "next");
		Map<String, Object> payload = (Map<String, Object>) message.get("payload");
		assertThat(payload).doesNotContainKey("errors");
		return (Map<String, Object>) ((Map<String, Object>) payload.get("data")).get("kpisChanged");
	}

	@Test
	void aColleaguesWriteReachesASubscriberWithinTwoSecondsNamingTheMonthAndWhoseFiguresChanged() {
		try (GraphQlSocket hunter = signedIn(this.company.hunter)) {
			hunter.subscribe("1", KPIS_CHANGED, Map.of("p", "2026-11"));
			// Subscribed before the write: nothing is sent until something changes.
			assertThat(hunter.next(Duration.ofMillis(300))).isNull();
			long written = System.nanoTime();
			this.company.lead(this.direct, this.company.marketer, "2026-11-14T10:00:00Z", this.company.hunter);
			Map<String, Object> event = event(hunter.next(Duration.ofSeconds(2)));
			long millis = (System.nanoTime() - written) / 1_000_000;
			assertThat(event).containsEntry("period", "2026-11");
			assertThat((List<String>) event.get("employeeIds"))
				.containsExactlyInAnyOrder(this.company.marketer.idString(), this.company.hunter.idString());
			assertThat(millis).as("event-to-subscriber latency").isLessThan(2000);
		}
	}

	@Test
	void anotherMonthsSubscriberHearsNothingAndAMovedRecordTellsBothMonths() {
		try (GraphQlSocket october = signedIn(this.company.owner)) {
			october.subscribe("oct", KPIS_CHANGED, Map.of("p", "2026-10"));
			october.next(Duration.ofMillis(300));
			String spend = this.company.spend(this.direct, this.company.marketer, "2026-11-10", "1000.00");
			assertThat(october.next(Duration.ofMillis(800))).as("November's write").isNull();
			this.company.owner.graphql()
				.document("mutation($i: UpdateSpendInput!) { updateSpend(input: $i) { id } }")
				.variable("i", Map.of("id", spend, "day", "2026-10-30"))
				.execute()
				.path("updateSpend.id")
				.hasValue();
			assertThat(event(october.next(Duration.ofSeconds(2)))).containsEntry("period", "2026-10")
				.containsEntry("employeeIds", List.of(this.company.marketer.idString()));
		}
	}

	@Test
	void aRefusedWriteTellsNobody() {
		try (GraphQlSocket owner = signedIn(this.company.owner)) {
			owner.subscribe("1", KPIS_CHANGED, Map.of("p", "2026-11"));
			owner.next(Duration.ofMillis(300));
			this.company.hunter.graphql()
				.document("mutation($i: RecordSpendInput!) { recordSpend(input: $i) { id } }")
				.variable("i",
						Map.of("channelId", this.direct, "marketerId", this.company.marketer.idString(), "day",
								"2026-11-10", "amount", "5.00"))
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors).isNotEmpty());
			assertThat(owner.next(Duration.ofSeconds(1))).isNull();
		}
	}

	@Test
	void anAnonymousConnectionAndAForgedTokenAreClosedBeforeAnythingRuns() {
		try (GraphQlSocket anonymous = GraphQlSocket.open(this.port)) {
			assertThat(anonymous.init(Map.of())).isNull();
			assertThat(anonymous.closeCode(Duration.ofSeconds(2))).isEqualTo(4401);
		}
		try (GraphQlSocket forged = GraphQlSocket.open(this.port)) {
			assertThat(forged.init(Map.of("Authorization", "Bearer " + this.company.owner.token() + "x"))).isNull();
			assertThat(forged.closeCode(Duration.ofSeconds(2))).isEqualTo(4401);
		}
		// The cookie of a web session that is over (a token that no longer verifies)
		// signs nobody in either.
		try (GraphQlSocket stale = GraphQlSocket.open(this.port, Map.of("Cookie",
				"tandem_session=" + this.company.owner.token() + "x", "Origin", "http://localhost:" + this.port))) {
			assertThat(stale.init(Map.of())).isNull();
			assertThat(stale.closeCode(Duration.ofSeconds(2))).isEqualTo(4401);
		}
	}

	@Test
	void theWebSessionSignsInAHandshakeFromThisSiteButNotFromAnother() {
		String cookie = "tandem_session=" + this.company.hunter.token();
		try (GraphQlSocket web = GraphQlSocket.open(this.port,
				Map.of("Cookie", cookie, "Origin", "http://localhost:" + this.port))) {
			web.init(Map.of());
			web.subscribe("1", KPIS_CHANGED, Map.of("p", "2026-11"));
			assertThat(web.next(Duration.ofMillis(300))).isNull();
			this.company.lead(this.direct, this.company.marketer, "2026-11-14T10:00:00Z", null);
			assertThat(event(web.next(Duration.ofSeconds(2)))).containsEntry("period", "2026-11");
		}
		// Another site's page: its browser names that site as the Origin, and the
		// handshake is refused (CORS).
		assertThatThrownBy(
				() -> GraphQlSocket.open(this.port, Map.of("Cookie", cookie, "Origin", "https://evil.example")))
			.rootCause()
			.hasMessageContaining("403");
	}

	@Test
	@SuppressWarnings("unchecked")
	void aConnectionHoldsAtMostTenSubscriptionsAndCompletingOneFreesItsPlace() {
		try (GraphQlSocket owner = signedIn(this.company.owner)) {
			for (int i = 0; i < 10; i++) {
				owner.subscribe("s" + i, KPIS_CHANGED, Map.of("p", "2026-11"));
			}
			owner.subscribe("s10", KPIS_CHANGED, Map.of("p", "2026-11"));
			Map<String, Object> refused = owner.next(Duration.ofSeconds(2));
			assertThat(refused).containsEntry("id", "s10");
			assertThat(String.valueOf(refused.get("payload"))).contains("At most 10 subscriptions per connection");
			assertThat(owner.next(Duration.ofSeconds(1))).containsEntry("id", "s10").containsEntry("type", "complete");
			owner.complete("s0");
			owner.subscribe("s11", KPIS_CHANGED, Map.of("p", "2026-11"));
			assertThat(owner.next(Duration.ofMillis(500))).as("s11 is accepted: no refusal").isNull();
		}
	}

}
