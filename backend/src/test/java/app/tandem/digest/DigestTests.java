package app.tandem.digest;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import app.tandem.TandemApplication;
import app.tandem.support.Company;
import app.tandem.support.Company.Member;
import app.tandem.support.TandemTest;
import app.tandem.support.TestClock;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weekly digest against a real SMTP server (GreenMail): who gets it, in which
 * language, with which figures (the API's own, asked as that person), and never twice for
 * a week, whatever runs it how often and where.
 */
@TandemTest
class DigestTests {

	static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	static {
		SMTP.start();
	}

	/**
	 * Monday 16 November 2026, 09:00 in Moscow: the digest covers 9–15 November and
	 * November so far.
	 */
	static final Instant MONDAY = Instant.parse("2026-11-16T06:00:00Z");

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
		registry.add("tandem.public-url", () -> "https://tandem.example.com");
		registry.add("tandem.digest.from", () -> "digest@tandem.example.com");
	}

	@AfterAll
	static void stopSmtp() {
		SMTP.stop();
	}

	@Autowired
	Company company;

	@Autowired
	TestClock clock;

	@Autowired
	WeeklyDigest digest;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@BeforeEach
	void aWeekOfWork() throws Exception {
		SMTP.purgeEmailFromAllMailboxes();
		Company c = this.company.reset();
		String direct = c.channel("Yandex Direct");
		String lead = c.lead(direct, c.marketer, "2026-11-10T10:00:00+03:00", c.hunter);
		String client = c.client("Acme");
		c.deal(client, lead, c.hunter, "2026-11-11", "60000.00", "36000.00");
		c.deal(c.client("Beta"), null, c.farmer, "2026-11-03", "20000.00", "12000.00");
		c.sharedGoal("2026-11", "200000.00", "80000.00");
		c.plan(c.hunter, "2026-11", "TURNOVER", "100000");
		c.plan(c.farmer, "2026-11", "TURNOVER", "50000");
		c.plan(c.marketer, "2026-11", "LEADS", "10");
		c.owner.graphql()
			.documentName("setBonusScheme")
			.variable("input",
					Map.of("position", "HUNTER", "targetBonus", "50000.00", "sharedMetric", "TURNOVER", "gate", 0.0,
							"cap", 1.5, "weights", List.of(Map.of("metric", "TURNOVER", "weight", 1.0)),
							"expectedVersion", 0))
			.execute()
			.errors()
			.verify();
		c.hunter.graphql()
			.documentName("setLanguage")
			.variable("language", "RU")
			.execute()
			.path("setLanguage.language")
			.entity(String.class)
			.isEqualTo("RU");
		c.marketer2.graphql()
			.documentName("setDigestSubscription")
			.variable("enabled", false)
			.execute()
			.path("setDigestSubscription.digestSubscription")
			.entity(Boolean.class)
			.isEqualTo(false);
		c.owner.graphql()
			.documentName("deactivateEmployee")
			.variable("id", c.hunter2.idString())
			.execute()
			.errors()
			.verify();
		this.clock.set(MONDAY);
		c.signInAgain();
	}

	@Test
	void everySubscribedActivePersonGetsOneDigestWithTheAppsFiguresInTheirLanguage() throws Exception {
		Company c = this.company;
		assertThat(this.digest.send()).isEqualTo(4);

		assertThat(recipients()).containsExactlyInAnyOrder(c.owner.email(), c.marketer.email(), c.hunter.email(),
				c.farmer.email());

		// The hunter chose Russian: subject, words and numbers in Russian, the figures
		// those the API gives him.
		Mail hunter = mailTo(c.hunter.email());
		assertThat(hunter.subject()).isEqualTo("Tandem: ваша неделя, 9–15 ноября");
		assertThat(hunter.from()).isEqualTo("digest@tandem.example.com");
		Map<String, Object> turnover = kpi(c.hunter, "TURNOVER");
		assertThat(turnover).containsEntry("actual", "60000.00").containsEntry("target", "100000.00");
		String status = (String) turnover.get("status");
		assertThat(status).isEqualTo("ON_TRACK");
		for (String body : List.of(hunter.html(), hunter.text())) {
			String flat = flat(body);
			assertThat(flat).contains("Оборот")
				.contains("60000₽")
				.contains("100000₽")
				.contains("60%")
				.contains("Вграфике");
			assertThat(body).contains("Ivan Hunter");
		}
		// his bonus so far, as bonus(employeeId, period) answers it
		String payout = c.hunter.graphql()
			.documentName("bonus")
			.variable("employeeId", c.hunter.idString())
			.variable("period", "2026-11")
			.execute()
			.path("bonus.payout")
			.entity(String.class)
			.get();
		assertThat(flat(hunter.html())).contains("Насегодня:" + whole(payout) + "₽");
		// last week's own part: the deal of the 11th
		assertThat(flat(hunter.text())).contains("Занеделю:60000₽");
		assertThat(hunter.html()).contains("href=\"https://tandem.example.com/\"");

		// The farmer never picked a language: English, the default; his deal was before
		// last week.
		Mail farmer = mailTo(c.farmer.email());
		assertThat(farmer.subject()).isEqualTo("Tandem: your week, 9–15 November");
		assertThat(flat(farmer.text())).contains("Turnover:₽20,000/Plan₽50,000(40%)").contains("Lastweek:₽0");
		assertThat(farmer.text()).doesNotContain("The team").doesNotContain("Ivan Hunter");

		// The owner also reads the team, the shared plan and whose job the gap is.
		Mail owner = mailTo(c.owner.email());
		assertThat(owner.subject()).isEqualTo("Tandem: the team's week, 9–15 November");
		String dashboardTurnover = c.owner.graphql()
			.documentName("dashboard")
			.variable("period", "2026-11")
			.execute()
			.path("dashboard.turnoverKpi.actual")
			.entity(String.class)
			.get();
		assertThat(flat(owner.text())).contains("Turnover:₽" + grouped(dashboardTurnover) + "/Plan₽200,000(40%)");
		assertThat(owner.text()).contains("The team")
			.contains("Ivan Hunter")
			.contains("Maria Farmer")
			.contains("Whose job the gap is")
			.doesNotContain("Sergey Hunter");

		// Both parts, HTML and plain text, in every message.
		for (MimeMessage message : SMTP.getReceivedMessages()) {
			Mail mail = Mail.of(message);
			assertThat(mail.html()).startsWith("<!DOCTYPE html>");
			assertThat(mail.text()).isNotBlank().doesNotContain("<td");
		}

		// Again, the same week: nothing more.
		assertThat(this.digest.send()).isZero();
		assertThat(SMTP.getReceivedMessages()).hasSize(4);
	}

	@Test
	void namesAreWrittenAsTextNeverAsMarkup() throws Exception {
		Member eve = this.company.hire("<img src=x onerror=alert(1)> Eve", "eve@test.tandem", "EMPLOYEE", "FARMER");
		this.digest.send();
		Mail mail = mailTo(eve.email());
		assertThat(mail.html()).doesNotContain("<img src=x").contains("&lt;img src=x onerror=alert(1)&gt; Eve");
		Mail owner = mailTo(this.company.owner.email());
		assertThat(owner.html()).doesNotContain("<img src=x");
	}

	@Test
	void twoInstancesAndTwoThreadsAtOnceSendOncePerPersonPerWeek() throws Exception {
		ConfigurableApplicationContext second = new SpringApplicationBuilder(TandemApplication.class)
			.properties("server.port=0", "tandem.demo.enabled=false", "tandem.open-browser=false",
					"tandem.clock.start=" + MONDAY.atOffset(java.time.ZoneOffset.UTC), "spring.mail.host=127.0.0.1",
					"spring.mail.port=" + SMTP.getSmtp().getPort())
			.run();
		try {
			WeeklyDigest there = second.getBean(WeeklyDigest.class);
			ExecutorService pool = Executors.newFixedThreadPool(4);
			try {
				// The unlocked path twice on each instance: only the send log's unique
				// key keeps it to one each.
				List<Callable<Integer>> runs = List.of(this.digest::send, there::send, this.digest::send, there::send);
				int sent = 0;
				for (Future<Integer> run : pool.invokeAll(runs)) {
					sent += run.get();
				}
				assertThat(sent).isEqualTo(4);
				assertThat(SMTP.getReceivedMessages()).hasSize(4);
				assertThat(recipients()).doesNotHaveDuplicates();
				// The scheduled (ShedLock) path on both at once: nothing left to send,
				// and nothing sent twice.
				List<Callable<Object>> locked = List.of(Executors.callable(this.digest::sendLocked),
						Executors.callable(there::sendLocked));
				for (Future<Object> run : pool.invokeAll(locked)) {
					run.get();
				}
			}
			finally {
				pool.shutdown();
			}
			assertThat(SMTP.getReceivedMessages()).hasSize(4);
		}
		finally {
			second.close();
		}
	}

	@Test
	void aRefusedDeliveryIsTriedAgainButASentOneNeverIs() throws Exception {
		Company c = this.company;
		this.digest.send();
		assertThat(SMTP.getReceivedMessages()).hasSize(4);
		// The owner's row as if the SMTP server had refused it: the next run sends that
		// one only.
		this.jdbc.sql("UPDATE digest_delivery SET status = 'FAILED' WHERE employee_id = " + c.owner.id()).update();
		assertThat(this.digest.send()).isEqualTo(1);
		assertThat(SMTP.getReceivedMessages()).hasSize(5);
		// A claimed row that never became SENT (the instance died while sending) stays
		// alone: at most once.
		this.jdbc.sql("UPDATE digest_delivery SET status = 'CLAIMED' WHERE employee_id = " + c.farmer.id()).update();
		assertThat(this.digest.send()).isZero();
		// Next Monday is a new week.
		this.clock.set(MONDAY.plus(java.time.Duration.ofDays(7)));
		assertThat(this.digest.send()).isEqualTo(4);
	}

	@Test
	void thePreviewIsMyOwnDigestThroughGraphQl() {
		Company c = this.company;
		var preview = c.hunter.graphql().documentName("digestPreview").execute();
		preview.path("digestPreview.subject").entity(String.class).isEqualTo("Tandem: ваша неделя, 9–15 ноября");
		preview.path("digestPreview.language").entity(String.class).isEqualTo("RU");
		preview.path("digestPreview.weekStart").entity(String.class).isEqualTo("2026-11-09");
		preview.path("digestPreview.weekEnd").entity(String.class).isEqualTo("2026-11-15");
		preview.path("digestPreview.period").entity(String.class).isEqualTo("2026-11");
		preview.path("digestPreview.mailConfigured").entity(Boolean.class).isEqualTo(true);
		String html = preview.path("digestPreview.html").entity(String.class).get();
		assertThat(html).contains("Ivan Hunter").doesNotContain("Maria Farmer").doesNotContain("Команда");
		// The preview sends nothing.
		assertThat(SMTP.getReceivedMessages()).isEmpty();
		// Even an opted-out person can look at what they would get.
		c.marketer2.graphql()
			.documentName("digestPreview")
			.execute()
			.path("digestPreview.subject")
			.entity(String.class)
			.isEqualTo("Tandem: your week, 9–15 November");
	}

	@Test
	void settingsAreEachPersonsOwnAndBadInputIsRefused() {
		Company c = this.company;
		c.marketer2.graphql()
			.documentName("meDigestSettings")
			.execute()
			.path("me.digestSubscription")
			.entity(Boolean.class)
			.isEqualTo(false);
		c.hunter.graphql()
			.documentName("meDigestSettings")
			.execute()
			.path("me.digestSubscription")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("me.language")
			.entity(String.class)
			.isEqualTo("RU");
		// An owner sees colleagues' e-mails, but not their settings.
		var everyone = c.owner.graphql().documentName("employeesDigestSettings").execute();
		List<Map<String, Object>> people = everyone.path("employees")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		for (Map<String, Object> person : people) {
			if (!person.get("id").equals(c.owner.idString())) {
				assertThat(person.get("digestSubscription")).as("digestSubscription of " + person.get("id")).isNull();
				assertThat(person.get("language")).as("language of " + person.get("id")).isNull();
			}
		}
		// An unknown language and a missing flag: refused, nothing changes.
		c.hunter.graphql()
			.documentName("setLanguage")
			.variable("language", "DE")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).isNotEmpty());
		c.hunter.graphql()
			.documentName("setDigestSubscription")
			.variable("enabled", null)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).isNotEmpty());
		c.hunter.graphql()
			.documentName("meDigestSettings")
			.execute()
			.path("me.digestSubscription")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("me.language")
			.entity(String.class)
			.isEqualTo("RU");
		// Turned back on, and the switch is the person's own: the next digest goes out
		// again.
		c.marketer2.graphql()
			.documentName("setDigestSubscription")
			.variable("enabled", true)
			.execute()
			.path("setDigestSubscription.digestSubscription")
			.entity(Boolean.class)
			.isEqualTo(true);
		assertThat(this.digest.send()).isEqualTo(5);
	}

	// ---------------------------------------------------------------- helpers

	private Map<String, Object> kpi(Member member, String metric) {
		List<Map<String, Object>> kpis = member.graphql()
			.documentName("employeeKpis")
			.variable("employeeId", member.idString())
			.variable("period", "2026-11")
			.execute()
			.path("employeeKpis.kpis")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		return kpis.stream().filter((k) -> metric.equals(k.get("metric"))).findFirst().orElseThrow();
	}

	/** Without any kind of space: "60 000 ₽" (with no-break spaces) reads "60000₽". */
	static String flat(String text) {
		return text.replaceAll("[\\s\\u00a0\\u202f]+", "");
	}

	private static String whole(String decimal) {
		return new java.math.BigDecimal(decimal).stripTrailingZeros().toPlainString();
	}

	private static String grouped(String decimal) {
		return String.format(java.util.Locale.ENGLISH, "%,d", new java.math.BigDecimal(decimal).longValueExact());
	}

	private static List<String> recipients() throws MessagingException {
		List<String> to = new ArrayList<>();
		for (MimeMessage message : SMTP.getReceivedMessages()) {
			to.addAll(Arrays.stream(message.getAllRecipients()).map(Object::toString).toList());
		}
		return to;
	}

	private static Mail mailTo(String address) throws Exception {
		List<Mail> found = new ArrayList<>();
		for (MimeMessage message : SMTP.getReceivedMessages()) {
			if (Arrays.stream(message.getAllRecipients()).anyMatch((a) -> a.toString().equals(address))) {
				found.add(Mail.of(message));
			}
		}
		assertThat(found).as("digests to " + address).hasSize(1);
		return found.get(0);
	}

	record Mail(String subject, String from, String html, String text) {

		static Mail of(MimeMessage message) throws MessagingException, IOException {
			String[] bodies = new String[2];
			collect(message, bodies);
			return new Mail(message.getSubject(), message.getFrom()[0].toString(), bodies[0], bodies[1]);
		}

		private static void collect(Part part, String[] bodies) throws MessagingException, IOException {
			if (part.isMimeType("text/html")) {
				bodies[0] = (String) part.getContent();
			}
			else if (part.isMimeType("text/plain")) {
				bodies[1] = (String) part.getContent();
			}
			else if (part.getContent() instanceof Multipart multipart) {
				for (int i = 0; i < multipart.getCount(); i++) {
					BodyPart child = multipart.getBodyPart(i);
					collect(child, bodies);
				}
			}
		}

	}

}
