package app.tandem.hardening;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Raw HTTP to the running server, for what HttpGraphQlTester hides: status codes,
 * headers, odd bodies.
 */
final class Http {

	private static final HttpClient client = HttpClient.newHttpClient();

	private final int port;

	Http(int port) {
		this.port = port;
	}

	HttpRequest.Builder to(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	/** A POST to /graphql with a JSON body; headers come in name/value pairs. */
	HttpResponse<String> graphql(String json, String... headers) {
		HttpRequest.Builder request = to("/graphql").header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return send(request);
	}

	HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** {"query": document}, with document escaped as a JSON string. */
	static String query(String document) {
		return "{\"query\":" + string(document) + "}";
	}

	static String string(String value) {
		StringBuilder json = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
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

	/** Whatever went wrong, the answer names no Java class and shows no stack trace. */
	static void assertHygienic(HttpResponse<String> response) {
		assertThat(response.body()).doesNotContain("Exception", "at app.", "at org.", "java.", "\"trace\"",
				"springframework");
	}

}
