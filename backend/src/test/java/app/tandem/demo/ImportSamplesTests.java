package app.tandem.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import app.tandem.shared.CompanyCalendar;
import app.tandem.support.Company;
import app.tandem.support.Company.Member;
import app.tandem.support.TandemTest;
import app.tandem.support.Uploads;
import app.tandem.support.Uploads.Answer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample files in docs/samples import cleanly into the demo company, and the November
 * figures move by exactly what the files hold: 6 leads, two won deals (184 500.00 and 48
 * 250.50 with costs 112 000 and 30 000), two new clients and 22 657.35 of Direct spend.
 */
@TandemTest
@TestPropertySource(properties = { "tandem.import.max-bytes=64KB", "tandem.import.max-rows=300" })
class ImportSamplesTests {

	@Autowired
	Company company;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	CompanyCalendar calendar;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Environment environment;

	@LocalServerPort
	int port;

	@Test
	void theSampleFilesImportIntoTheDemoCompanyAndMoveItsFiguresByWhatTheyHold() throws IOException {
		this.company.empty();
		new DemoCompanyRunner(this.jdbc, this.jdbcTemplate, this.passwordEncoder, this.calendar, this.transactions,
				this.environment)
			.run(null);
		Member owner = this.company.signIn("owner@demo.tandem");
		Uploads uploads = new Uploads(this.port);
		Map<String, Object> before = november(owner);

		Answer leads = uploads.send(owner.token(), "amocrm-leads.csv",
				Files.readAllBytes(Path.of("../docs/samples/amocrm-leads.csv")), "amocrm-leads", false);
		assertThat(leads.errors()).isEmpty();
		assertThat(leads.counts()).containsExactly(6, 0, 0, 0);
		Answer spend = uploads.send(owner.token(), "yandex-direct.tsv",
				Files.readAllBytes(Path.of("../docs/samples/yandex-direct.tsv")), "yandex-direct", false);
		assertThat(spend.errors()).isEmpty();
		assertThat(spend.counts()).containsExactly(4, 0, 0, 0);

		Map<String, Object> after = november(owner);
		assertThat((int) after.get("leads") - (int) before.get("leads")).isEqualTo(6);
		assertThat((int) after.get("newClients") - (int) before.get("newClients")).isEqualTo(2);
		assertThat(delta(after, before, "turnover")).isEqualByComparingTo("232750.50");
		assertThat(delta(after, before, "grossMargin")).isEqualByComparingTo("90750.50");
		assertThat(delta(after, before, "spend")).isEqualByComparingTo("22657.35");

		assertThat(uploads
			.send(owner.token(), "amocrm-leads.csv", Files.readAllBytes(Path.of("../docs/samples/amocrm-leads.csv")),
					"amocrm-leads", false)
			.counts()).containsExactly(0, 0, 6, 0);
		assertThat(november(owner)).isEqualTo(after);
	}

	private static BigDecimal delta(Map<String, Object> after, Map<String, Object> before, String field) {
		return new BigDecimal((String) after.get(field)).subtract(new BigDecimal((String) before.get(field)));
	}

	private static Map<String, Object> november(Member owner) {
		return owner.graphql()
			.document("{ dashboard(period: \"2026-11\") { leads spend turnover grossMargin newClients } }")
			.execute()
			.path("dashboard")
			.entity(new ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

}
