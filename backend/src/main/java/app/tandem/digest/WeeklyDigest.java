package app.tandem.digest;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import app.tandem.people.Employee;
import app.tandem.people.EmployeeDirectory;
import app.tandem.security.AccessTokens;
import app.tandem.shared.CompanyCalendar;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Monday's job: one e-mail per active, subscribed person with an address, HTML and plain
 * text. Nothing at all without SMTP (no spring.mail.host, so no {@link JavaMailSender}).
 */
@Component
class WeeklyDigest {

	private static final Logger log = LoggerFactory.getLogger(WeeklyDigest.class);

	private final ObjectProvider<JavaMailSender> mail;

	private final EmployeeDirectory people;

	private final DigestComposer composer;

	private final DigestDeliveries deliveries;

	private final CompanyCalendar calendar;

	private final DigestProperties properties;

	WeeklyDigest(ObjectProvider<JavaMailSender> mail, EmployeeDirectory people, DigestComposer composer,
			DigestDeliveries deliveries, CompanyCalendar calendar, DigestProperties properties) {
		this.mail = mail;
		this.people = people;
		this.composer = composer;
		this.deliveries = deliveries;
		this.calendar = calendar;
		this.properties = properties;
	}

	boolean mailConfigured() {
		return this.mail.getIfAvailable() != null;
	}

	/**
	 * The scheduled entry: one instance at a time (ShedLock); at least a minute, so a
	 * fast run is not repeated.
	 */
	@SchedulerLock(name = "weekly-digest", lockAtLeastFor = "PT1M", lockAtMostFor = "PT30M")
	public void sendLocked() {
		send();
	}

	/**
	 * Sends this week's digests not sent yet; the number sent. Safe to run any number of
	 * times, anywhere.
	 */
	int send() {
		JavaMailSender sender = this.mail.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		DigestWeek week = DigestWeek.before(this.calendar.today());
		int sent = 0;
		for (Employee person : this.people.all()) {
			if (!person.isActive() || !person.isDigestSubscribed() || person.getEmail() == null
					|| person.getEmail().isBlank()) {
				continue;
			}
			if (!this.deliveries.claim(person.getId(), week.firstDay(), this.calendar.now())) {
				continue;
			}
			try {
				Digest digest = AccessTokens.actingAs(person.getId(), () -> this.composer.compose(true));
				sender.send(message(sender, person.getEmail(), digest));
				this.deliveries.sent(person.getId(), week.firstDay(), this.calendar.now());
				sent++;
			}
			catch (MessagingException | RuntimeException ex) {
				log.warn("Weekly digest for employee {} (week of {}) not sent: {}", person.getId(), week.firstDay(),
						ex.toString());
				this.deliveries.failed(person.getId(), week.firstDay(),
						ex.getClass().getSimpleName() + ": " + ex.getMessage());
			}
		}
		log.info("Weekly digest for the week of {}: {} e-mail(s) sent", week.firstDay(), sent);
		return sent;
	}

	private MimeMessage message(JavaMailSender sender, String to, Digest digest) throws MessagingException {
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
				StandardCharsets.UTF_8.name());
		helper.setFrom(this.properties.from());
		helper.setTo(to);
		// A name in the subject must not smuggle a header line in.
		helper.setSubject(digest.subject().replaceAll("[\\r\\n\\t]+", " "));
		helper.setText(digest.text(), digest.html());
		return message;
	}

}
