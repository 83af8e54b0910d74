package app.tandem.demo;

import app.tandem.demo.DemoWriter.Written;
import app.tandem.shared.CompanyCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The embedded default's first start (SPEC §6): an empty company gets six months of a
 * believable demo company, so the dashboards have something to show. Runs after
 * OwnerBootstrap: when an owner was configured explicitly, the company is no longer empty
 * and gets no demo.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "tandem.demo.enabled", havingValue = "true")
class DemoCompanyRunner implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCompanyRunner.class);

	/** Fixed, so that every first start within a month tells the same story. */
	private static final long SEED = 20_260_601L;

	private final JdbcClient jdbc;

	private final Inserts inserts;

	private final PasswordEncoder passwordEncoder;

	private final CompanyCalendar calendar;

	private final TransactionTemplate transaction;

	private final Environment environment;

	DemoCompanyRunner(JdbcClient jdbc, JdbcTemplate jdbcTemplate, PasswordEncoder passwordEncoder,
			CompanyCalendar calendar, PlatformTransactionManager transactionManager, Environment environment) {
		this.jdbc = jdbc;
		this.inserts = new Inserts(jdbcTemplate);
		this.passwordEncoder = passwordEncoder;
		this.calendar = calendar;
		this.transaction = new TransactionTemplate(transactionManager);
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("SELECT COUNT(*) FROM employee").query(Long.class).single() > 0) {
			return;
		}
		long started = System.nanoTime();
		// All or nothing: a half-seeded company would not be empty next time, and would
		// stay half.
		Written written = this.transaction.execute((status) -> seed());
		long millis = (System.nanoTime() - started) / 1_000_000;
		log.info("Created the demo company in {} ms: {} leads, {} clients, {} deals over the last {} months", millis,
				written.leads(), written.clients(), written.deals(), DemoTime.MONTHS);
		log.info(
				"Tandem demo is running at {} - sign in as {} (owner), {} (marketer), {} (hunter) or {} (farmer), "
						+ "password {}",
				url(), DemoTeam.LOGINS.get(0), DemoTeam.LOGINS.get(1), DemoTeam.LOGINS.get(2), DemoTeam.LOGINS.get(3),
				DemoTeam.PASSWORD);
	}

	private Written seed() {
		DemoTime time = DemoTime.of(this.calendar);
		Dice dice = new Dice(SEED);
		DemoTeam team = new DemoPeople(this.inserts, this.passwordEncoder).hire(time);
		DemoStory story = DemoStory.tell(team, time, dice);
		Written written = new DemoWriter(this.inserts, story).write();
		new DemoPlans(this.inserts, dice).write(story);
		new DemoCalendar(this.inserts).write();
		new DemoBonuses(this.inserts).write();
		return written;
	}

	/** The port actually bound (it may be random), and any context path. */
	private String url() {
		String port = this.environment.getProperty("local.server.port",
				this.environment.getProperty("server.port", "8080"));
		String path = this.environment.getProperty("server.servlet.context-path", "");
		return "http://localhost:" + port + (path.endsWith("/") ? path : path + "/");
	}

}
