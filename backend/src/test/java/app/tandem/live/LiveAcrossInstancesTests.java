package app.tandem.live;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.tandem.TandemApplication;
import app.tandem.support.Company;
import app.tandem.support.GraphQlSocket;
import app.tandem.support.TandemTest;
import app.tandem.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static app.tandem.live.LiveTests.KPIS_CHANGED;
import static app.tandem.live.LiveTests.event;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Tandem instances behind one load balancer share the database and Redis (the one
 * running on this machine, 127.0.0.1:6379): a write on one reaches a subscriber of the
 * other through Redis pub/sub. The channel is this run's own, so no other run's events
 * cross.
 */
@TandemTest
class LiveAcrossInstancesTests {

	static final String CHANNEL = "tandem:test:" + UUID.randomUUID();

	@DynamicPropertySource
	static void redis(DynamicPropertyRegistry registry) {
		registry.add("spring.data.redis.host", () -> "127.0.0.1");
		registry.add("tandem.live.channel", () -> CHANNEL);
	}

	@Autowired
	Company company;

	@LocalServerPort
	int port;

	ConfigurableApplicationContext second;

	@BeforeEach
	void startTheSecondInstance() {
		this.company.reset();
		this.second = new SpringApplicationBuilder(TandemApplication.class)
			// The same "today" as the test's clock, so the tokens the test's instance
			// issued are valid here too.
			.properties("server.port=0", "tandem.demo.enabled=false", "tandem.open-browser=false",
					"tandem.clock.start=" + TestClock.DEFAULT.atOffset(java.time.ZoneOffset.UTC),
					"spring.data.redis.host=127.0.0.1", "tandem.live.channel=" + CHANNEL)
			.run();
	}

	@AfterEach
	void stopIt() {
		this.second.close();
	}

	int secondPort() {
		return ((WebServerApplicationContext) this.second).getWebServer().getPort();
	}

	@Test
	@SuppressWarnings("unchecked")
	void aWriteOnOneInstanceReachesSubscribersOnBoth() {
		String direct = this.company.channel("Yandex Direct");
		try (GraphQlSocket there = GraphQlSocket.open(secondPort());
				GraphQlSocket here = GraphQlSocket.open(this.port)) {
			for (GraphQlSocket socket : List.of(there, here)) {
				assertThat(socket.init(Map.of("Authorization", "Bearer " + this.company.farmer.token())))
					.containsEntry("type", "connection_ack");
				socket.subscribe("1", KPIS_CHANGED, Map.of("p", "2026-11"));
			}
			assertThat(there.next(Duration.ofMillis(500))).isNull();
			this.company.spend(direct, this.company.marketer, "2026-11-10", "250.00");
			for (GraphQlSocket socket : List.of(there, here)) {
				Map<String, Object> event = event(socket.next(Duration.ofSeconds(2)));
				assertThat(event).containsEntry("period", "2026-11");
				assertThat((List<String>) event.get("employeeIds")).containsExactly(this.company.marketer.idString());
			}
		}
	}

}
