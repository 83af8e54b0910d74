package app.tandem.imports;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.UUID;

import app.tandem.shared.DatabaseOutage;
import app.tandem.shared.TandemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * {@code POST /api/imports} (multipart) and the template downloads. Signed in the same
 * way as /graphql (bearer token, or the web session cookie with the web app's header);
 * errors have GraphQL-shaped bodies with a classification and a code, like the rest of
 * the API.
 */
@RestController
class ImportController {

	private static final Logger log = LoggerFactory.getLogger(ImportController.class);

	private final ImportService imports;

	ImportController(ImportService imports) {
		this.imports = imports;
	}

	@PostMapping(path = "/api/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ImportReport importFile(@RequestParam("file") MultipartFile file, @RequestParam("source") String source,
			@RequestParam("dryRun") boolean dryRun,
			@RequestParam(name = "skipInvalidRows", required = false) Boolean skipInvalidRows,
			@RequestParam(name = "costShare", required = false) String costShare) throws IOException {
		String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.length() > 255 ? name.substring(0, 255) : name;
		return this.imports.run(new ImportRequest(name, file.getBytes(), source, dryRun,
				Boolean.TRUE.equals(skipInvalidRows), share(costShare)));
	}

	@GetMapping("/api/imports/templates/{source}.csv")
	ResponseEntity<byte[]> template(@PathVariable String source) {
		byte[] csv = ImportTemplates.csv(source);
		if (csv == null) {
			return error(HttpStatus.NOT_FOUND, "NOT_FOUND",
					"Templates exist for " + String.join(", ", ImportTemplates.sources().stream().sorted().toList()));
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header("Content-Disposition", ContentDisposition.attachment().filename(source + ".csv").build().toString())
			.body(csv);
	}

	private static BigDecimal share(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.trim().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			throw ImportRefusal.badRequest("BAD_COST_SHARE", "costShare must be a number between 0 and 1, e.g. 0.6");
		}
	}

	@ExceptionHandler
	ResponseEntity<byte[]> refused(ImportRefusal refusal) {
		return error(refusal.status(), refusal.code(), refusal.getMessage(), refusal.details());
	}

	@ExceptionHandler
	ResponseEntity<byte[]> refused(TandemException refusal) {
		HttpStatus status = switch (refusal.type()) {
			case UNAUTHORIZED -> HttpStatus.UNAUTHORIZED;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case CONFLICT -> HttpStatus.CONFLICT;
			case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
			default -> HttpStatus.BAD_REQUEST;
		};
		return error(status, refusal.type().name(), refusal.getMessage());
	}

	/**
	 * Anything unexpected: an opaque answer whose id is in the log, as for GraphQL (or
	 * UNAVAILABLE when the database is away).
	 */
	@ExceptionHandler
	ResponseEntity<byte[]> failed(RuntimeException ex) {
		if (DatabaseOutage.explains(ex)) {
			return error(HttpStatus.SERVICE_UNAVAILABLE, "UNAVAILABLE", DatabaseOutage.MESSAGE);
		}
		String id = UUID.randomUUID().toString();
		log.error("INTERNAL_ERROR {} in POST /api/imports", id, ex);
		return error(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "Internal error " + id);
	}

	@ExceptionHandler({ MissingServletRequestParameterException.class, MissingServletRequestPartException.class,
			MethodArgumentTypeMismatchException.class, MultipartException.class })
	ResponseEntity<byte[]> incomplete(Exception ex) {
		return error(HttpStatus.BAD_REQUEST, "BAD_REQUEST",
				"Send multipart/form-data with file, source and dryRun (true or false); optional skipInvalidRows, costShare");
	}

	static ResponseEntity<byte[]> error(HttpStatus status, String code, String message) {
		return error(status, code, message, java.util.Map.of());
	}

	static ResponseEntity<byte[]> error(HttpStatus status, String code, String message,
			java.util.Map<String, java.util.List<String>> details) {
		String classification = switch (status) {
			case UNAUTHORIZED -> "UNAUTHORIZED";
			case FORBIDDEN -> "FORBIDDEN";
			case NOT_FOUND -> "NOT_FOUND";
			case CONFLICT -> "CONFLICT";
			case SERVICE_UNAVAILABLE -> "UNAVAILABLE";
			case INTERNAL_SERVER_ERROR -> "INTERNAL_ERROR";
			default -> "BAD_REQUEST";
		};
		String body = "{\"errors\":[{\"message\":" + json(message) + ",\"extensions\":{\"classification\":\""
				+ classification + "\",\"code\":\"" + code + "\"" + lists(details) + "}}]}";
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	private static String lists(java.util.Map<String, java.util.List<String>> details) {
		StringBuilder json = new StringBuilder();
		new java.util.TreeMap<>(details).forEach((name, values) -> json.append(",")
			.append(json(name))
			.append(":[")
			.append(String.join(",", values.stream().map(ImportController::json).toList()))
			.append("]"));
		return json.toString();
	}

	private static String json(String text) {
		StringBuilder json = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				default -> json.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
			}
		}
		return json.append('"').toString();
	}

}
