package app.tandem.integrations;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import app.tandem.security.AccessTokens;
import app.tandem.shared.CompanyCalendar;
import app.tandem.shared.DatabaseOutage;
import app.tandem.shared.TandemErrorType;
import app.tandem.shared.TandemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Processes stored deliveries in the background, as the owner who set the integration up.
 * A write and its "done" commit together, so an event is applied once even if an instance
 * dies midway (the claim expires and the record's externalId makes the second try a
 * no-op). A refusal by Tandem's rules fails the event at once with its reason; a passing
 * failure (the database, a lead not there yet) is retried after 5 s, 10 s, 20 s … and
 * fails after {@link #MAX_ATTEMPTS}. Failed events wait for an owner's replay.
 */
@Component
class WebhookWorker {

	static final int MAX_ATTEMPTS = 6;

	static final Duration FIRST_RETRY = Duration.ofSeconds(5);

	private static final Duration CLAIM = Duration.ofSeconds(60);

	private static final Logger log = LoggerFactory.getLogger(WebhookWorker.class);

	private final WebhookEvents events;

	private final Integrations integrations;

	private final GenericEvents generic;

	private final AmoCrmEvents amocrm;

	private final CompanyCalendar calendar;

	private final TransactionTemplate transactions;

	private final TaskScheduler scheduler;

	private final AtomicBoolean kicked = new AtomicBoolean();

	WebhookWorker(WebhookEvents events, Integrations integrations, GenericEvents generic, AmoCrmEvents amocrm,
			CompanyCalendar calendar, PlatformTransactionManager transactionManager, TaskScheduler scheduler) {
		this.events = events;
		this.integrations = integrations;
		this.generic = generic;
		this.amocrm = amocrm;
		this.calendar = calendar;
		this.transactions = new TransactionTemplate(transactionManager);
		this.scheduler = scheduler;
	}

	/**
	 * Something is due now: a delivery was stored or replayed here, or a retry's wait is
	 * over. The worker runs at once instead of polling the database all the time (an idle
	 * poll every half second kept the pool's connections "just used", so Hikari skipped
	 * checking them and a request met a frozen database with a 15 s socket timeout
	 * instead of the 3 s connection check; DatabaseFaultTests caught it).
	 */
	void kick(Duration after) {
		if (after.isZero() && !this.kicked.compareAndSet(false, true)) {
			return;
		}
		this.scheduler.schedule(() -> {
			this.kicked.set(false);
			work();
		}, Instant.now().plus(after));
	}

	/**
	 * The safety net: events another instance stored and did not live to apply, or a lost
	 * kick.
	 */
	@Scheduled(fixedDelayString = "${tandem.webhooks.poll:60s}", initialDelayString = "${tandem.webhooks.poll:60s}")
	void work() {
		try {
			Instant now = this.calendar.now();
			for (long id : this.events.due(now, 50)) {
				if (this.events.claim(id, now, now.plus(CLAIM))) {
					process(id);
				}
			}
		}
		catch (RuntimeException ex) {
			// The database is away: the next round tries again.
			log.warn("Webhook events not processed this round: {}", ex.getMessage());
		}
	}

	private void process(long id) {
		WebhookEvent event = this.events.byId(id).orElseThrow();
		Integration integration = this.integrations.byId(event.integrationId()).orElseThrow();
		int attempts = event.attempts() + 1;
		Instant now = this.calendar.now();
		if (!integration.active()) {
			this.events.failed(id, attempts, "The integration was deactivated before this event was processed", now);
			return;
		}
		try {
			this.transactions.executeWithoutResult((status) -> {
				AccessTokens.actingAs(integration.createdBy(), () -> {
					if (integration.kind() == IntegrationKind.AMOCRM) {
						this.amocrm.apply(integration, event.body());
					}
					else {
						this.generic.apply(event.body());
					}
					return null;
				});
				this.events.done(id, attempts, now);
			});
		}
		catch (GenericEvents.NotYet ex) {
			retryOrFail(id, attempts, ex.getMessage(), now);
		}
		catch (TandemException ex) {
			if (ex.type() == TandemErrorType.UNAVAILABLE) {
				retryOrFail(id, attempts, ex.getMessage(), now);
			}
			else {
				this.events.failed(id, attempts, reason(ex), now);
			}
		}
		catch (RuntimeException ex) {
			if (!DatabaseOutage.explains(ex)) {
				log.warn("Webhook event {} failed: {}", id, ex.toString());
			}
			retryOrFail(id, attempts, "Could not be processed yet: " + ex.getClass().getSimpleName(), now);
		}
	}

	private void retryOrFail(long id, int attempts, String reason, Instant now) {
		if (attempts >= MAX_ATTEMPTS) {
			this.events.failed(id, attempts, reason + " (gave up after " + attempts + " attempts)", now);
			return;
		}
		Duration wait = FIRST_RETRY.multipliedBy(1L << (attempts - 1));
		this.events.retryAt(id, attempts, now.plus(wait), reason);
		kick(wait.plusMillis(100));
	}

	/** A refusal as the owner would read it in the app: each field's message. */
	private static String reason(TandemException ex) {
		if (ex.fieldErrors().isEmpty()) {
			return ex.type() + ": " + ex.getMessage();
		}
		return ex.type() + ": "
				+ ex.fieldErrors()
					.stream()
					.map((error) -> error.field() + ": " + error.message())
					.collect(Collectors.joining("; "));
	}

}
