package app.tandem.integrations;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import app.tandem.integrations.WebhookEvent.Status;
import app.tandem.people.EmployeeDirectory;
import app.tandem.people.Position;
import app.tandem.people.Viewer;
import app.tandem.people.Viewers;
import app.tandem.records.ChannelService;
import app.tandem.shared.CompanyCalendar;
import app.tandem.shared.ErrorCode;
import app.tandem.shared.Ids;
import app.tandem.shared.InputCheck;
import app.tandem.shared.Pages;
import app.tandem.shared.TandemException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Integrations and their events (docs/spec.md §10, docs/integrations.md): all of it the
 * owners'.
 */
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

	private final AmoCrmMappings mappings;

	private final EmployeeDirectory people;

	private final ChannelService channels;

	IntegrationService(Integrations integrations, WebhookEvents events, Viewers viewers, CompanyCalendar calendar,
			@Value("${tandem.public-url:}") String publicUrl, WebhookWorker worker, Pages pages,
			AmoCrmMappings mappings, EmployeeDirectory people, ChannelService channels) {
		this.mappings = mappings;
		this.people = people;
		this.channels = channels;
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
		Viewer owner = this.viewers.requireOwner();
		String trimmed = name == null ? null : name.strip();
		new InputCheck().require(kind, "kind")
			.when(trimmed == null || trimmed.isEmpty() || trimmed.length() > 100, "name",
					"name must be 1 to 100 characters")
			.throwIfInvalid();
		String secret = newSecret();
		long id = this.integrations.create(kind, trimmed, sha256(secret), owner.id(), this.calendar.now());
		return this.integrations.byId(id).orElseThrow().withSecret(secret, hookUrl(kind, secret));
	}

	/** A new secret; the old one stops working at once. */
	@Transactional
	Integration rotate(String id) {
		this.viewers.requireOwner();
		Integration integration = require(id);
		String secret = newSecret();
		this.integrations.rotate(integration.id(), sha256(secret));
		return integration.withSecret(secret, hookUrl(integration.kind(), secret));
	}

	@Transactional
	Integration deactivate(String id) {
		this.viewers.requireOwner();
		Integration integration = require(id);
		this.integrations.deactivate(integration.id());
		return this.integrations.byId(integration.id()).orElseThrow();
	}

	@Transactional(readOnly = true)
	List<Integration> all() {
		this.viewers.requireOwner();
		return this.integrations.all();
	}

	@Transactional(readOnly = true)
	List<WebhookEvent> events(String integrationId, Status status, Integer first) {
		this.viewers.requireOwner();
		return this.events.list(require(integrationId).id(), status, this.pages.of(first, null).size());
	}

	@Transactional
	WebhookEvent replay(String eventId) {
		this.viewers.requireOwner();
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

	/** An amoCRM integration's mapping; null for other kinds. */
	@Transactional(readOnly = true)
	AmoCrmMapping mapping(Integration integration) {
		this.viewers.requireOwner();
		return integration.kind() == IntegrationKind.AMOCRM ? this.mappings.of(integration.id()) : null;
	}

	/**
	 * Changes the entries listed (a null employee, meaning or channel removes one); lists
	 * left out keep theirs. Each person must be an active hunter or farmer (who works
	 * amoCRM's leads), each channel open.
	 */
	@Transactional
	AmoCrmMapping setMapping(AmoCrmMapping.SetIntegrationMappingInput input) {
		Viewer owner = this.viewers.requireOwner();
		new InputCheck().require(input.integrationId(), "integrationId").throwIfInvalid();
		Integration integration = require(input.integrationId(), "integrationId");
		if (integration.kind() != IntegrationKind.AMOCRM) {
			throw TandemException.badInput("integrationId", "Only an amoCRM integration has a mapping");
		}
		InputCheck check = new InputCheck();
		java.math.BigDecimal share = input.costShare() != null && input.costShare().isPresent()
				? input.costShare().value() : null;
		check.when(
				share != null
						&& (share.signum() < 0 || share.compareTo(java.math.BigDecimal.ONE) > 0 || share.scale() > 4),
				"costShare", "costShare must be between 0 and 1 with at most 4 decimals, e.g. 0.6");
		List<AmoCrmMapping.UserInput> users = input.users() == null ? List.of() : input.users();
		List<AmoCrmMapping.StatusInput> statuses = input.statuses() == null ? List.of() : input.statuses();
		List<AmoCrmMapping.SourceInput> sources = input.sources() == null ? List.of() : input.sources();
		java.util.Map<Long, Long> userIds = new java.util.LinkedHashMap<>();
		for (int i = 0; i < users.size(); i++) {
			AmoCrmMapping.UserInput user = users.get(i);
			Long amoUser = amoId(user.amoUserId(), "users[" + i + "].amoUserId", check);
			if (amoUser != null && userIds.containsKey(amoUser)) {
				check.add("users[" + i + "].amoUserId", "amoCRM user " + amoUser + " is listed twice");
			}
			Long employee = null;
			if (user.employeeId() != null && !check.hasErrorFor("users[" + i + "].amoUserId")) {
				String field = "users[" + i + "].employeeId";
				employee = this.people
					.requireActive(Ids.parse(user.employeeId(), field), field, Position.HUNTER, Position.FARMER)
					.getId();
			}
			if (amoUser != null) {
				userIds.put(amoUser, employee);
			}
		}
		java.util.Map<Long, AmoCrmMapping.Meaning> statusIds = new java.util.LinkedHashMap<>();
		for (int i = 0; i < statuses.size(); i++) {
			AmoCrmMapping.StatusInput status = statuses.get(i);
			Long id = amoId(status.statusId(), "statuses[" + i + "].statusId", check);
			if (id != null && statusIds.containsKey(id)) {
				check.add("statuses[" + i + "].statusId", "amoCRM status " + id + " is listed twice");
			}
			if (id != null) {
				statusIds.put(id, status.meaning());
			}
		}
		java.util.Map<String, Long> sourceKeys = new java.util.LinkedHashMap<>();
		java.util.Map<String, String> sourceNames = new java.util.HashMap<>();
		for (int i = 0; i < sources.size(); i++) {
			AmoCrmMapping.SourceInput source = sources.get(i);
			String field = "sources[" + i + "].source";
			String text = source.source() == null ? "" : source.source().strip();
			if (text.isEmpty() || text.length() > 200) {
				check.add(field,
						"source must be 1 to 200 characters, as amoCRM's utm_source or Источник field says it");
				continue;
			}
			String key = AmoCrmForm.key(text);
			if (sourceKeys.containsKey(key)) {
				check.add(field, "Source \"" + text + "\" is listed twice");
				continue;
			}
			Long channel = null;
			if (source.channelId() != null) {
				String channelField = "sources[" + i + "].channelId";
				Long id = Ids.parse(source.channelId(), channelField);
				app.tandem.records.Channel found = this.channels.byIds(List.of(id))
					.stream()
					.findFirst()
					.orElseThrow(() -> TandemException.notFound(channelField, "No channel with id " + id));
				check.when(found.isArchived(), channelField, "Channel \"" + found.getName() + "\" is archived");
				channel = id;
			}
			sourceKeys.put(key, channel);
			sourceNames.put(key, text);
		}
		check.throwIfInvalid();
		AmoCrmMapping current = this.mappings.of(integration.id());
		if (input.expectedVersion() != null && input.expectedVersion() != current.version()) {
			throw TandemException
				.conflict("expectedVersion",
						"Someone changed this mapping meanwhile (now at version " + current.version()
								+ "); reload and try again")
				.withCode(ErrorCode.VERSION_MISMATCH);
		}
		if (!this.mappings.bump(integration.id(), current.version(), owner.id(), this.calendar.now())) {
			throw TandemException
				.conflict("expectedVersion", "Someone changed this mapping at the same time; reload and try again")
				.withCode(ErrorCode.CONCURRENT_CHANGE);
		}
		if (input.costShare() != null && !input.costShare().isOmitted()) {
			this.mappings.costShare(integration.id(), share);
		}
		userIds.forEach((user, employee) -> this.mappings.user(integration.id(), user, employee));
		statusIds.forEach((status, meaning) -> this.mappings.status(integration.id(), status, meaning));
		sourceKeys.forEach((key, channel) -> this.mappings.source(integration.id(), sourceNames.get(key), channel));
		return this.mappings.of(integration.id());
	}

	private static Long amoId(String value, String field, InputCheck check) {
		if (value == null || !value.strip().matches("\\d{1,18}")) {
			check.add(field, "amoCRM's numeric id, e.g. 5123456");
			return null;
		}
		return Long.parseLong(value.strip());
	}

	WebhookEvents.Counts counts(Integration integration) {
		return this.events.counts(integration.id());
	}

	private Integration require(String id) {
		return require(id, "id");
	}

	private Integration require(String id, String field) {
		return this.integrations.byId(Ids.parse(id, field))
			.orElseThrow(() -> TandemException.notFound(field, "No integration " + id));
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
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
