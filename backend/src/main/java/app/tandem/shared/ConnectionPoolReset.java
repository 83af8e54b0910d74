package app.tandem.shared;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * After the database was unreachable, every pooled connection is suspect: one that was
 * used less than half a second ago is handed out again without a check (HikariCP's
 * alive-bypass window), so right after a database restart the first requests met dead
 * connections and failed although the database was back (DatabaseFaultTests, when the
 * restart is quick). On an outage the whole pool is soft-evicted instead: idle
 * connections close now, busy ones when returned, and the next borrow opens a fresh one.
 * At most once a second.
 */
@Component
public class ConnectionPoolReset {

	private static final Logger log = LoggerFactory.getLogger(ConnectionPoolReset.class);

	private final DataSource dataSource;

	private final AtomicLong last = new AtomicLong();

	ConnectionPoolReset(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	public void afterOutage() {
		long now = System.nanoTime();
		long previous = this.last.get();
		if (previous != 0 && now - previous < 1_000_000_000L || !this.last.compareAndSet(previous, now)) {
			return;
		}
		try {
			if (this.dataSource.isWrapperFor(HikariDataSource.class)) {
				HikariDataSource hikari = this.dataSource.unwrap(HikariDataSource.class);
				if (hikari.getHikariPoolMXBean() != null) {
					hikari.getHikariPoolMXBean().softEvictConnections();
					log.info("Database unreachable: pooled connections evicted, fresh ones will be opened");
				}
			}
		}
		catch (SQLException | RuntimeException ex) {
			log.debug("Could not evict pooled connections: {}", ex.getMessage());
		}
	}

}
