package app.tandem.support;

import java.time.Duration;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * File uploads to {@code POST /api/imports} on the running server, as the web app and
 * curl send them.
 */
public final class Uploads {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	private final WebTestClient client;

	public Uploads(int port) {
		this.client = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port)
			.responseTimeout(Duration.ofSeconds(120))
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
			.build();
	}

	/**
	 * One upload; {@code token} null sends none. Extra form fields come in name/value
	 * pairs.
	 */
	public Answer send(String token, String fileName, byte[] content, String source, boolean dryRun, String... fields) {
		return sendWith(token == null ? Map.of() : Map.of("Authorization", "Bearer " + token), fileName, content,
				source, dryRun, fields);
	}

	/**
	 * One upload with these request headers (the web app's: its session cookie and
	 * X-Tandem-Client).
	 */
	public Answer sendWith(Map<String, String> headers, String fileName, byte[] content, String source, boolean dryRun,
			String... fields) {
		MultipartBodyBuilder body = new MultipartBodyBuilder();
		body.part("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return fileName;
			}
		}).contentType(MediaType.APPLICATION_OCTET_STREAM);
		body.part("source", source);
		body.part("dryRun", Boolean.toString(dryRun));
		for (int i = 0; i < fields.length; i += 2) {
			body.part(fields[i], fields[i + 1]);
		}
		WebTestClient.RequestBodySpec request = this.client.post().uri("/api/imports");
		headers.forEach(request::header);
		EntityExchangeResult<Map<String, Object>> result = request.body(BodyInserters.fromMultipartData(body.build()))
			.exchange()
			.expectBody(JSON)
			.returnResult();
		return new Answer(result.getStatus().value(), result.getResponseBody());
	}

	public EntityExchangeResult<byte[]> get(String path) {
		return this.client.get().uri(path).exchange().expectBody().returnResult();
	}

	/** The HTTP status and the JSON body. */
	public record Answer(int status, Map<String, Object> json) {

		public int number(String field) {
			return ((Number) this.json.get(field)).intValue();
		}

		@SuppressWarnings("unchecked")
		public java.util.List<Map<String, Object>> errors() {
			return (java.util.List<Map<String, Object>>) this.json.get("errors");
		}

		/** {created, updated, unchanged, failed} of an import's answer. */
		public java.util.List<Integer> counts() {
			return java.util.List.of(number("created"), number("updated"), number("unchanged"), number("failed"));
		}

		@SuppressWarnings("unchecked")
		public String code() {
			Map<String, Object> error = errors().get(0);
			return (String) ((Map<String, Object>) error.get("extensions")).get("code");
		}

	}

}
