package app.tandem.hardening;

import java.time.Duration;

import app.tandem.support.TandemTest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.TransactionTimedOutException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The JDBC query timeouts of application.yml reach the driver: a query that would run for
 * many seconds is cancelled after the timeout, through JPA and through JdbcClient alike,
 * on H2 and MariaDB. (One second here, so that the test is quick; JdbcTemplate counts
 * whole seconds.)
 */
@TandemTest
@TestPropertySource(properties = { "spring.jpa.properties.jakarta.persistence.query.timeout=1000",
		"spring.jdbc.template.query-timeout=1s", "spring.transaction.default-timeout=2s" })
class QueryTimeoutTests {

	/**
	 * A query of a minute or more: H2 adds up ten billion numbers, MariaDB/MySQL sleeps.
	 */
	static final String SLOW = "h2".equals(System.getProperty("tandem.test.database", "h2"))
			? "SELECT SUM(MOD(X, 7)) FROM SYSTEM_RANGE(1, 10000000000)" : "SELECT SLEEP(60)";

	@Autowired
	JdbcClient jdbc;

	@PersistenceContext
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void aSlowJdbcClientQueryIsCancelled() {
		long started = System.nanoTime();
		assertThatThrownBy(() -> this.jdbc.sql(SLOW).query(Long.class).single())
			.isInstanceOf(QueryTimeoutException.class);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
	}

	/**
	 * Many statements, each quick enough, cannot add up past the transaction's deadline.
	 */
	@Test
	void noStatementRunsAfterTheTransactionsDeadline() {
		assertThatThrownBy(() -> this.transaction.execute((status) -> {
			assertThat(this.jdbc.sql("SELECT 1").query(Long.class).single()).isEqualTo(1L);
			sleep(Duration.ofMillis(2100));
			return this.jdbc.sql("SELECT 2").query(Long.class).single();
		})).isInstanceOf(TransactionTimedOutException.class);
		assertThatThrownBy(() -> this.transaction.execute((status) -> {
			sleep(Duration.ofMillis(2100));
			return this.entityManager.createNativeQuery("SELECT 3").getSingleResult();
		})).isInstanceOf(TransactionTimedOutException.class);
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void aSlowJpaQueryIsCancelled() {
		long started = System.nanoTime();
		assertThatThrownBy(() -> this.transaction
			.execute((status) -> this.entityManager.createNativeQuery(SLOW).getSingleResult()))
			.isInstanceOf(jakarta.persistence.QueryTimeoutException.class);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
	}

}
