package app.tandem.integrations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import app.tandem.shared.CompanyCalendar;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /hooks/amocrm/{secret}} (docs/integrations.md "Connect amoCRM"): amoCRM's
 * form-encoded webhooks, which amoCRM does not sign: the secret in the URL is the
 * credential (only its SHA-256 is kept and compared). A delivery is cut into one event
 * per lead and action, each stored (the same one again is the first one's row) and
 * applied in the background.
 *
 * <p>
 * {@code POST /hooks/generic/{secret}} (docs/integrations.md): a JSON body signed
 * {@code X-Tandem-Signature: sha256=<hex HMAC-SHA256 of the body, keyed with the secret>},
 * compared in constant time. The answer comes as soon as the delivery is stored (202,
 * processing follows in the background); an unknown hook, a missing or wrong signature or
 * an unreadable body writes nothing.
 */
@RestController
class HookController {

	static final int MAX_BODY = 64 * 1024;

	/**
	 * amoCRM sends every lead of a bulk change in one delivery, each with its custom
	 * fields.
	 */
	static final int MAX_AMOCRM_BODY = 256 * 1024;

	private final Integrations integrations;

	private final WebhookEvents events;

	private final GenericEvents generic;

	private final CompanyCalendar calendar;

	private final WebhookWorker worker;

	HookController(Integrations integrations, WebhookEvents events, GenericEvents generic, CompanyCalendar calendar,
			WebhookWorker worker) {
		this.integrations = integrations;
		this.events = events;
		this.generic = generic;
		this.calendar = calendar;
		this.worker = worker;
	}

	@PostMapping(path = "/hooks/generic/{secret}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> generic(@PathVariable String secret,
			@RequestHeader(name = "X-Tandem-Signature", required = false) String signature, HttpServletRequest request)
			throws IOException {
		// Read no more than the limit allows: a huge body costs neither memory nor time.
		if (request.getContentLengthLong() > MAX_BODY) {
			return refused(HttpStatus.PAYLOAD_TOO_LARGE, "TOO_LARGE", "The body is larger than " + MAX_BODY + " bytes");
		}
		byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
		Integration integration = this.integrations.bySecret(IntegrationService.sha256(secret))
			.filter((found) -> found.kind() == IntegrationKind.GENERIC && found.active())
			.orElse(null);
		if (integration == null) {
			return refused(HttpStatus.NOT_FOUND, "UNKNOWN_HOOK", "No active integration has this hook URL");
		}
		if (body.length == 0) {
			return refused(HttpStatus.BAD_REQUEST, "BAD_EVENT", "The body is empty");
		}
		if (body.length > MAX_BODY) {
			return refused(HttpStatus.PAYLOAD_TOO_LARGE, "TOO_LARGE", "The body is larger than " + MAX_BODY + " bytes");
		}
		if (!signed(body, secret, signature)) {
			return refused(HttpStatus.UNAUTHORIZED, "BAD_SIGNATURE",
					"X-Tandem-Signature must be sha256=<hex HMAC-SHA256 of the body, keyed with the hook's secret>");
		}
		String text = new String(body, StandardCharsets.UTF_8);
		String recordKey;
		try {
			recordKey = this.generic.recordKey(text);
		}
		catch (GenericEvents.BadEvent ex) {
			return refused(HttpStatus.BAD_REQUEST, "BAD_EVENT", ex.getMessage());
		}
		WebhookEvents.Stored stored = this.events.store(integration.id(), IntegrationService.sha256(text), text,
				recordKey, this.calendar.now());
		this.worker.kick(java.time.Duration.ZERO);
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.body(Map.of("eventId", Long.toString(stored.id()), "duplicate", stored.duplicate()));
	}

	@PostMapping(path = "/hooks/amocrm/{secret}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> amocrm(@PathVariable String secret, HttpServletRequest request)
			throws IOException {
		if (request.getContentLengthLong() > MAX_AMOCRM_BODY) {
			return refused(HttpStatus.PAYLOAD_TOO_LARGE, "TOO_LARGE",
					"The body is larger than " + MAX_AMOCRM_BODY + " bytes");
		}
		byte[] body = request.getInputStream().readNBytes(MAX_AMOCRM_BODY + 1);
		Integration integration = this.integrations.bySecret(IntegrationService.sha256(secret))
			.filter((found) -> found.kind() == IntegrationKind.AMOCRM && found.active())
			.orElse(null);
		if (integration == null) {
			return refused(HttpStatus.NOT_FOUND, "UNKNOWN_HOOK", "No active integration has this hook URL");
		}
		if (body.length == 0) {
			return refused(HttpStatus.BAD_REQUEST, "BAD_EVENT", "The body is empty");
		}
		if (body.length > MAX_AMOCRM_BODY) {
			return refused(HttpStatus.PAYLOAD_TOO_LARGE, "TOO_LARGE",
					"The body is larger than " + MAX_AMOCRM_BODY + " bytes");
		}
		List<AmoCrmForm.Part> parts;
		try {
			parts = AmoCrmForm.split(new String(body, StandardCharsets.UTF_8));
		}
		catch (GenericEvents.BadEvent ex) {
			return refused(HttpStatus.BAD_REQUEST, "BAD_EVENT", ex.getMessage());
		}
		List<String> ids = new java.util.ArrayList<>();
		boolean duplicate = true;
		for (AmoCrmForm.Part part : parts) {
			WebhookEvents.Stored stored = this.events.store(integration.id(), IntegrationService.sha256(part.body()),
					part.body(), part.recordKey(), this.calendar.now());
			ids.add(Long.toString(stored.id()));
			duplicate &= stored.duplicate();
		}
		this.worker.kick(java.time.Duration.ZERO);
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("eventIds", ids, "duplicate", duplicate));
	}

	private static boolean signed(byte[] body, String secret, String signature) {
		if (signature == null || !signature.startsWith("sha256=")) {
			return false;
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] expected = HexFormat.of().formatHex(mac.doFinal(body)).getBytes(StandardCharsets.US_ASCII);
			byte[] given = signature.substring(7)
				.strip()
				.toLowerCase(java.util.Locale.ROOT)
				.getBytes(StandardCharsets.US_ASCII);
			return MessageDigest.isEqual(expected, given);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ResponseEntity<Map<String, Object>> refused(HttpStatus status, String code, String message) {
		String classification = switch (status) {
			case NOT_FOUND -> "NOT_FOUND";
			case UNAUTHORIZED -> "UNAUTHORIZED";
			default -> "BAD_REQUEST";
		};
		return ResponseEntity.status(status)
			.body(Map.of("errors", List
				.of(Map.of("message", message, "extensions", Map.of("classification", classification, "code", code)))));
	}

}
