package app.tandem.integrations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import app.tandem.integrations.WebhookEvent.Status;
import app.tandem.people.Viewer;
import app.tandem.people.Viewers;
import app.tandem.shared.CompanyCalendar;
import app.tandem.shared.Ids;
import app.tandem.shared.InputCheck;
import app.tandem.shared.Pages;
import app.tandem.shared.TandemException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Integrations and their events (docs/spec.md §10, docs/integrations.md): all of it the owners'. */
@Service
public class IntegrationService {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Integrations integrations;

	private final WebhookEvents events;

	private final Viewers viewers;

	private final CompanyCalendar calendar;

	private final String publicUrl;

	private final WebhookWorker worker;

	private final Pages pages;

	IntegrationService(Integrations integrations, WebhookEvents events, Viewers viewers, CompanyCalendar calendar,
			@Value("${tandem.public-url:}") String publicUrl, WebhookWorker worker, Pages pages) {
		this.worker = worker;
		this.pages = pages;
		this.integrations = integrations;
		this.events = events;
		this.viewers = viewers;
		this.calendar = calendar;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	@Transactional
	Integration create(IntegrationKind kind, String name) {
		Viewer owner = this.viewers.currentOwner();
		String trimmed = name == null ? null : name.strip();
		new InputCheck().require(kind, "kind")
			.when(trimmed == null || trimmed.isEmpty() || trimmed.length() > 100, "name", "name must be 1 to 100 characters")
			.throwIfInvalid();
		if (kind == IntegrationKind.AMOCRM) {
			throw TandemException.badInput("kind", "amoCRM webhooks are not taken yet: use GENERIC with a signed JSON body, "
					+ "or import amoCRM's export file (docs/integrations.md)");
		}
		String secret = newSecret();
		long id = this.integrations.create(kind, trimmed, sha256(secret), owner.id(), this.calendar.now());
		return this.integrations.byId(id).orElseThrow().withSecret(secret, hookUrl(kind, secret));
	}

	/** A new secret; the old one stops working at once. */
	@Transactional
	Integration rotate(String id) {
		this.viewers.currentOwner();
		Integration integration = require(id);
		String secret = newSecret();
		this.integrations.rotate(integration.id(), sha256(secret));
		return integration.withSecret(secret, hookUrl(integration.kind(), secret));
	}

	@Transactional
	Integration deactivate(String id) {
		this.viewers.currentOwner();
		Integration integration = require(id);
		this.integrations.deactivate(integration.id());
		return this.integrations.byId(integration.id()).orElseThrow();
	}

	@Transactional(readOnly = true)
	List<Integration> all() {
		this.viewers.currentOwner();
		return this.integrations.all();
	}

	@Transactional(readOnly = true)
	List<WebhookEvent> events(String integrationId, Status status, Integer first) {
		this.viewers.currentOwner();
		return this.events.list(require(integrationId).id(), status, this.pages.of(first, null).size());
	}

	@Transactional
	WebhookEvent replay(String eventId) {
		this.viewers.currentOwner();
		long id = Ids.parse(eventId, "id");
		WebhookEvent event = this.events.byId(id)
			.orElseThrow(() -> TandemException.notFound("id", "No webhook event " + eventId));
		if (!this.events.replay(id, this.calendar.now())) {
			throw TandemException.badInput("id", "Only a FAILED event is replayed; this one is " + event.status());
		}
		// Once this transaction has committed (a moment later), the worker applies it.
		this.worker.kick(java.time.Duration.ofMillis(300));
		return this.events.byId(id).orElseThrow();
	}

	WebhookEvents.Counts counts(Integration integration) {
		return this.events.counts(integration.id());
	}

	private Integration require(String id) {
		return this.integrations.byId(Ids.parse(id, "id"))
			.orElseThrow(() -> TandemException.notFound("id", "No integration " + id));
	}

	private String hookUrl(IntegrationKind kind, String secret) {
		return this.publicUrl + "/hooks/" + kind.name().toLowerCase(java.util.Locale.ROOT) + "/" + secret;
	}

	private static String newSecret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
