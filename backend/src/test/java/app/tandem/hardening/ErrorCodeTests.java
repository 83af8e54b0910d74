package app.tandem.hardening;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import app.tandem.shared.ErrorCode;
import app.tandem.support.Company;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 item 2 (first part): every error carries a stable {@code extensions.code}
 * beside its classification, one of {@link ErrorCode}, and docs/api.md lists every code.
 */
@HardenedTest
class ErrorCodeTests {

	static final Set<String> CODES = Arrays.stream(ErrorCode.values()).map(Enum::name).collect(Collectors.toSet());

	static final Pattern CODE = Pattern.compile("\"code\":\"([A-Z_]+)\"");

	/**
	 * The attack documents whose refusal has a code of its own (others only need a
	 * documented one).
	 */
	static final Map<String, String> ATTACK_CODES = Map.ofEntries(Map.entry("depth bomb (20 levels)", "QUERY_TOO_DEEP"),
			Map.entry("first: 99999999", "FIRST_OUT_OF_RANGE"),
			Map.entry("cost bomb: five pages of 100 leads", "QUERY_TOO_COSTLY"),
			Map.entry("500 aliases at the root", "TOO_MANY_ROOT_FIELDS"),
			Map.entry("500 aliases inside one field", "TOO_MANY_ALIASES"),
			Map.entry("fragment cycle", "FRAGMENT_CYCLE"), Map.entry("6 aliased logins", "TOO_MANY_SIGN_INS"),
			Map.entry("20,000 tokens (parser limit)", "GRAPHQL_PARSE_FAILED"),
			Map.entry("2 MB document", "REQUEST_TOO_LARGE"),
			Map.entry("100 operations in a JSON array", "INVALID_REQUEST_BODY"),
			Map.entry("variables nested 5,000 deep", "INVALID_REQUEST_BODY"));

	@Autowired
	Company company;

	/** On in the embedded default, off in the mysql profile (the MariaDB run). */
	@Value("${spring.graphql.schema.introspection.enabled}")
	boolean introspection;

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	@AfterEach
	void setUp() {
		this.http = new Http(this.port);
		this.company.reset();
	}

	@Test
	void everyCodeIsDocumentedInTheApiGuide() throws IOException {
		String guide = Files.readString(Path.of("../docs/api.md"));
		for (String code : CODES) {
			assertThat(guide).as(code).contains("`" + code + "`");
		}
	}

	@Test
	void everyRefusedAttackDocumentCarriesACode() {
		int checked = 0;
		for (Attacks.Attack attack : Attacks.all()) {
			HttpResponse<String> response = this.http.graphql(attack.body());
			assertThat(response.statusCode()).as(attack.name()).isEqualTo(attack.status());
			List<String> codes = codes(response);
			assertThat(codes).as(attack.name()).isNotEmpty().allSatisfy((code) -> assertThat(CODES).contains(code));
			if (attack.name().equals("introspection depth bomb")) {
				assertThat(codes)
					.containsOnly(this.introspection ? "INTROSPECTION_TOO_LARGE" : "INTROSPECTION_DISABLED");
			}
			if (ATTACK_CODES.containsKey(attack.name())) {
				assertThat(codes).as(attack.name()).containsOnly(ATTACK_CODES.get(attack.name()));
			}
			checked++;
		}
		assertThat(checked).isEqualTo(Attacks.all().size());
	}

	@Test
	void theDocumentsOwnFaultsHaveCodes() {
		assertThat(codes(this.http.graphql(Http.query("{ company { name }")))).containsExactly("GRAPHQL_PARSE_FAILED");
		assertThat(codes(this.http.graphql(Http.query("{ company { nope } }"))))
			.containsExactly("GRAPHQL_VALIDATION_FAILED");
		assertThat(codes(
				this.http.graphql(Http.query("query " + ExplodingInstrumentation.OPERATION + " { company { name } }"))))
			.containsExactly("INTERNAL_ERROR");
	}

	@Test
	void refusalsBeforeGraphQlHaveCodesAndGraphQlShapedBodies() {
		HttpResponse<String> forged = this.http.graphql(Http.query("{ __typename }"), "Authorization", "Bearer forged");
		assertThat(forged.statusCode()).isEqualTo(401);
		assertThat(codes(forged)).containsExactly("TOKEN_INVALID");

		HttpResponse<String> notJson = this.http.graphql("{\"query\": \"{ company { name } }\", oops");
		assertThat(notJson.statusCode()).isEqualTo(400);
		assertThat(codes(notJson)).containsExactly("INVALID_REQUEST_BODY");
		HttpResponse<String> noQuery = this.http.graphql("{\"variables\": {}}");
		assertThat(noQuery.statusCode()).isEqualTo(400);
		assertThat(codes(noQuery)).containsExactly("INVALID_REQUEST_BODY");

		HttpResponse<String> text = this.http.send(this.http.to("/graphql")
			.header("Content-Type", "text/plain")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("{ company { name } }")));
		assertThat(text.statusCode()).isEqualTo(415);
		assertThat(codes(text)).containsExactly("UNSUPPORTED_MEDIA_TYPE");

		HttpResponse<String> get = this.http.send(this.http.to("/graphql").header("Accept", "application/json").GET());
		assertThat(get.statusCode()).isEqualTo(405);
		assertThat(codes(get)).containsExactly("METHOD_NOT_ALLOWED");

		for (HttpResponse<String> response : List.of(notJson, noQuery, text, get)) {
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
			assertThat(response.body()).startsWith("{\"errors\":[{\"message\":")
				.contains("\"classification\":\"BAD_REQUEST\"");
			Http.assertHygienic(response);
		}
	}

	@Test
	void signingInHasACodePerCause() {
		assertThat(codes(this.http.graphql(Http.query("{ me { id } }")))).containsExactly("SIGN_IN_REQUIRED");
		String wrong = login("ivan@test.tandem", "wrong");
		assertThat(codes(this.http.graphql(wrong))).containsExactly("WRONG_CREDENTIALS");
		for (int i = 0; i < 9; i++) {
			this.http.graphql(wrong);
		}
		assertThat(codes(this.http.graphql(login("ivan@test.tandem", Company.PASSWORD))))
			.containsExactly("TOO_MANY_FAILED_SIGN_INS");
	}

	@Test
	void writesHaveCodesForWhatTheClientCanDoSomethingAbout() {
		String channel = this.company.channel("Direct");
		String lead = this.company.lead(channel, this.company.marketer, "2026-11-10T10:00:00+03:00", null);
		List<String> stale = new ArrayList<>();
		this.company.owner.graphql()
			.document("mutation($id: ID) { updateLead(input: {id: $id, expectedVersion: 7, status: OPEN}) { id } }")
			.variable("id", lead)
			.execute()
			.errors()
			.satisfy((errors) -> errors.forEach((e) -> stale.add(String.valueOf(e.getExtensions().get("code")))));
		assertThat(stale).containsExactly("VERSION_MISMATCH");

		List<String> forbidden = new ArrayList<>();
		this.company.hunter.graphql()
			.document("mutation { closePeriod(period: \"2026-10\") { period } }")
			.execute()
			.errors()
			.satisfy((errors) -> errors.forEach((e) -> forbidden.add(String.valueOf(e.getExtensions().get("code")))));
		assertThat(forbidden).containsExactly("FORBIDDEN");

		List<String> badValue = new ArrayList<>();
		this.company.owner.graphql()
			.document("query($p: YearMonth) { leads(period: $p) { totalCount } }")
			.variable("p", "2026-13")
			.execute()
			.errors()
			.satisfy((errors) -> errors.forEach((e) -> badValue.add(String.valueOf(e.getExtensions().get("code")))));
		assertThat(badValue).containsExactly("INVALID_VALUE");
	}

	private static String login(String email, String password) {
		return Http
			.query("mutation { login(email: \"" + email + "\", password: \"" + password + "\") { accessToken } }");
	}

	private static List<String> codes(HttpResponse<String> response) {
		List<String> codes = new ArrayList<>();
		Matcher matcher = CODE.matcher(response.body());
		while (matcher.find()) {
			codes.add(matcher.group(1));
		}
		// As many codes as errors: every error has one.
		assertThat(codes).as(response.body()).hasSize(count(response.body(), "\"message\""));
		return codes;
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			count++;
		}
		return count;
	}

}
