package app.tandem.hardening;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import app.tandem.support.Company;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 item 4: Apollo's automatic persisted queries. An unknown hash asks for the
 * document, the document registers under its own hash only, the hash alone then runs it,
 * and every query limit still applies to a document run by hash.
 */
@HardenedTest
class PersistedQueryTests {

	static final String LEADS = "query Leads($n: Int) { leads(first: $n) { edges { node { id status } } } }";

	@Autowired
	Company company;

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void setUp() {
		this.company.reset();
		this.http = new Http(this.port);
	}

	@Test
	void anUnknownHashAsksForTheDocumentThenTheHashAloneRunsIt() {
		String document = "query Me" + System.nanoTime() + " { me { id fullName } }";
		String hash = sha256(document);

		HttpResponse<String> unknown = signedIn(byHash(hash, null));
		// A request error (no data) under application/graphql-response+json: GraphQL over
		// HTTP says 4xx.
		assertThat(unknown.statusCode()).isEqualTo(400);
		// Apollo's link looks for this message, or the code, and then sends the document.
		assertThat(unknown.body()).contains("\"message\":\"PersistedQueryNotFound\"")
			.contains("\"code\":\"PERSISTED_QUERY_NOT_FOUND\"")
			.doesNotContain("\"data\":{");

		HttpResponse<String> registered = signedIn(withDocument(document, hash, null));
		assertThat(registered.body()).doesNotContain("errors").contains("\"fullName\":\"Olga Owner\"");

		HttpResponse<String> byHash = signedIn(byHash(hash, null));
		assertThat(byHash.body()).isEqualTo(registered.body());
		Http.assertHygienic(unknown);
	}

	@Test
	void aDocumentDoesNotRegisterUnderAnotherDocumentsHash() {
		String honest = "query Honest" + System.nanoTime() + " { me { id } }";
		String planted = "query Planted" + System.nanoTime() + " { me { id fullName role } }";

		HttpResponse<String> response = signedIn(withDocument(planted, sha256(honest), null));
		assertThat(response.body()).contains("\"code\":\"PERSISTED_QUERY_ID_INVALID\"").doesNotContain("\"role\"");
		// The honest hash is still unknown: the planted document was not kept under it.
		assertThat(signedIn(byHash(sha256(honest), null)).body()).contains("PERSISTED_QUERY_NOT_FOUND");
	}

	@Test
	void aPageLimitIsRefusedForADocumentRunByHash() {
		String document = LEADS + " # " + System.nanoTime();
		String hash = sha256(document);
		assertThat(signedIn(withDocument(document, hash, "{\"n\":10}")).body()).doesNotContain("errors")
			.contains("\"edges\"");

		HttpResponse<String> tooMany = signedIn(byHash(hash, "{\"n\":100000}"));
		assertThat(tooMany.body()).contains("\"code\":\"FIRST_OUT_OF_RANGE\"").doesNotContain("\"edges\"");
		assertThat(signedIn(byHash(hash, "{\"n\":5}")).body()).doesNotContain("errors").contains("\"edges\"");
	}

	@Test
	void aDocumentRefusedByALimitIsNotKept() {
		String fields = "query Fields" + System.nanoTime() + " { "
				+ IntStream.range(0, 40).mapToObj((i) -> "a" + i + ": me { id } ").collect(Collectors.joining()) + "}";
		String hash = sha256(fields);
		assertThat(signedIn(withDocument(fields, hash, null)).body()).contains("\"code\":\"TOO_MANY_ROOT_FIELDS\"");
		assertThat(signedIn(byHash(hash, null)).body()).contains("PERSISTED_QUERY_NOT_FOUND");
	}

	@Test
	void anAnonymousCallerRunsOnlyWhatAnonymousCallersMay() {
		String document = "query Leads" + System.nanoTime() + " { leads(first: 1) { edges { node { id } } } }";
		String hash = sha256(document);
		assertThat(signedIn(withDocument(document, hash, null)).body()).doesNotContain("errors");

		HttpResponse<String> anonymous = this.http.graphql(byHash(hash, null));
		assertThat(anonymous.body()).contains("\"code\":\"SIGN_IN_REQUIRED\"").doesNotContain("\"id\"");
	}

	@Test
	void aHashThatIsNotAHashIsRefusedClearly() {
		HttpResponse<String> response = signedIn(
				"{\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"not-a-hash\"}}}");
		assertThat(response.body()).contains("\"code\":\"PERSISTED_QUERY_NOT_FOUND\"");
		Http.assertHygienic(response);
	}

	private HttpResponse<String> signedIn(String body) {
		return this.http.graphql(body, "Authorization", "Bearer " + this.company.owner.token());
	}

	private static String byHash(String hash, String variables) {
		return "{" + ((variables != null) ? "\"variables\":" + variables + "," : "") + extensions(hash) + "}";
	}

	private static String withDocument(String document, String hash, String variables) {
		return "{\"query\":" + Http.string(document) + ","
				+ ((variables != null) ? "\"variables\":" + variables + "," : "") + extensions(hash) + "}";
	}

	private static String extensions(String hash) {
		return "\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}";
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
