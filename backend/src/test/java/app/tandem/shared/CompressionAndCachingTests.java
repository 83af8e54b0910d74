package app.tandem.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import app.tandem.support.Company;
import app.tandem.support.TandemTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 item 4: JSON answers are gzipped for clients that ask, hashed assets are
 * cached for good, index.html is revalidated. The web app's files are a stand-in build in
 * a temporary folder (the real one is absent when the frontend is skipped), served from
 * the same static location setting a deployment would use.
 */
@TandemTest
class CompressionAndCachingTests {

	static final String ASSET = "/assets/index-3f9a1c2b.js";

	static final String SCRIPT = "export const figures = [" + "1, 2, 3, 5, 8, 13, 21, ".repeat(200) + "34];\n";

	static Path webApp;

	@DynamicPropertySource
	static void webApp(DynamicPropertyRegistry registry) throws IOException {
		webApp = Files.createTempDirectory("tandem-static-");
		Files.createDirectories(webApp.resolve("assets"));
		Files.writeString(webApp.resolve("index.html"),
				"<!doctype html><title>Tandem</title><script type=\"module\" src=\"" + ASSET + "\"></script>");
		Files.writeString(webApp.resolve(ASSET.substring(1)), SCRIPT);
		registry.add("spring.web.resources.static-locations", () -> webApp.toUri().toString());
	}

	private static final HttpClient client = HttpClient.newHttpClient();

	@Autowired
	Company company;

	@LocalServerPort
	int port;

	@BeforeEach
	void setUp() {
		this.company.reset();
	}

	@Test
	void aLargeGraphQlAnswerIsGzippedForClientsThatAskAndDecodesToTheSameJson() throws Exception {
		for (int i = 0; i < 40; i++) {
			this.company.channel("Channel number " + i + " with a name long enough to fill a page");
		}
		String query = "{\"query\":\"{ channels(first: 100) { totalCount edges { node { id name } } } }\"}";
		HttpResponse<byte[]> plain = graphql(query, false);
		HttpResponse<byte[]> gzipped = graphql(query, true);

		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(gzipped.statusCode()).isEqualTo(200);
		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gzipped.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/graphql-response+json"));
		assertThat(gzipped.headers().allValues("Vary"))
			.anySatisfy((vary) -> assertThat(vary).containsIgnoringCase("Accept-Encoding"));
		String json = new String(plain.body(), StandardCharsets.UTF_8);
		assertThat(json).contains("\"totalCount\":40");
		assertThat(gunzip(gzipped.body())).isEqualTo(json);
		assertThat(gzipped.body().length).isLessThan(plain.body().length / 4);
	}

	@Test
	void plainJsonIsGzippedToo() throws Exception {
		for (int i = 0; i < 40; i++) {
			this.company.channel("Channel number " + i + " with a name long enough to fill a page");
		}
		HttpResponse<byte[]> gzipped = send(request("/graphql").header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header("Authorization", "Bearer " + this.company.owner.token())
			.header("Accept-Encoding", "gzip")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"query\":\"{ channels(first: 100) { edges { node { name } } } }\"}")));
		assertThat(gzipped.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gunzip(gzipped.body())).contains("Channel number 39");
	}

	@Test
	void aSmallAnswerIsLeftUncompressed() {
		HttpResponse<byte[]> response = graphql("{\"query\":\"{ __typename }\"}", true);
		assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("\"__typename\":\"Query\"");
	}

	@Test
	void hashedAssetsAreCachedForAYearAsImmutableAndGzipped() throws Exception {
		HttpResponse<byte[]> response = send(request(ASSET).header("Accept-Encoding", "gzip").GET());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(directives(response)).containsExactlyInAnyOrder("public", "max-age=31536000", "immutable");
		assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gunzip(response.body())).isEqualTo(SCRIPT);
		// The security headers are still there.
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
	}

	@Test
	void aMissingAssetIsNotCached() {
		HttpResponse<byte[]> response = send(request("/assets/gone-00000000.js").GET());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(directives(response)).doesNotContain("immutable").doesNotContain("max-age=31536000");
	}

	@Test
	void indexHtmlTheRootAndDeepLinksAreRevalidatedOnEveryVisit() {
		for (String path : List.of("/", "/index.html", "/team", "/records/deals", "/records/deals/42")) {
			HttpResponse<byte[]> response = send(request(path).GET());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(new String(response.body(), StandardCharsets.UTF_8)).as(path).contains(ASSET);
			assertThat(directives(response)).as(path).containsExactly("no-cache");
		}
	}

	@Test
	void apiAnswersAreStillNotStored() {
		HttpResponse<byte[]> response = graphql("{\"query\":\"{ __typename }\"}", false);
		assertThat(directives(response)).contains("no-store");
	}

	private HttpResponse<byte[]> graphql(String json, boolean gzip) {
		HttpRequest.Builder request = request("/graphql").header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json")
			.header("Authorization", "Bearer " + this.company.owner.token())
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (gzip) {
			request.header("Accept-Encoding", "gzip");
		}
		return send(request);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private static HttpResponse<byte[]> send(HttpRequest.Builder request) {
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Set<String> directives(HttpResponse<?> response) {
		return response.headers()
			.allValues("Cache-Control")
			.stream()
			.flatMap((value) -> Arrays.stream(value.split(",")))
			.map(String::trim)
			.collect(Collectors.toSet());
	}

	private static String gunzip(byte[] body) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
