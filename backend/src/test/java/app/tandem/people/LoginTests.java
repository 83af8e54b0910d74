package app.tandem.people;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

import app.tandem.support.Company;
import app.tandem.support.TandemTest;
import app.tandem.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

@TandemTest
class LoginTests {

	static final String LOGIN = """
			mutation($email: String!, $password: String!) {
			  login(email: $email, password: $password) { accessToken expiresAt employee { id email role position } }
			}""";

	@Autowired
	Company company;

	@Autowired
	TestClock clock;

	@LocalServerPort
	int port;

	@BeforeEach
	void setUp() {
		this.company.reset();
	}

	@Test
	void loginReturnsATokenThatWorks() {
		GraphQlTester.Response response = login("ivan@test.tandem", Company.PASSWORD);
		response.path("login.employee.email").entity(String.class).isEqualTo("ivan@test.tandem");
		response.path("login.employee.position").entity(String.class).isEqualTo("HUNTER");
		// A bearer client's access token lives 15 minutes from "now" (09:00 UTC), shown
		// in Moscow time (SPEC §11).
		response.path("login.expiresAt").entity(String.class).isEqualTo("2026-11-15T12:15:00+03:00");
		String token = response.path("login.accessToken").entity(String.class).get();
		withToken(token).document("{ me { id fullName } }")
			.execute()
			.path("me.id")
			.entity(String.class)
			.isEqualTo(this.company.hunter.idString());
	}

	@Test
	void emailIsCaseInsensitive() {
		login("IVAN@Test.Tandem", Company.PASSWORD).path("login.employee.id")
			.entity(String.class)
			.isEqualTo(this.company.hunter.idString());
	}

	@Test
	void wrongPasswordAndUnknownAccountGetTheSameAnswer() {
		String wrong = loginError("ivan@test.tandem", "not-the-password");
		String unknown = loginError("nobody@test.tandem", "not-the-password");
		assertThat(wrong).isEqualTo(unknown).isEqualTo("Wrong e-mail or password");
	}

	@Test
	void deactivatedEmployeesCannotLogInAndTheirTokensStopWorking() {
		this.company.owner.graphql()
			.document("mutation($id: ID!) { deactivateEmployee(id: $id) { active } }")
			.variable("id", this.company.hunter.idString())
			.execute()
			.path("deactivateEmployee.active")
			.entity(Boolean.class)
			.isEqualTo(false);
		assertThat(loginError("ivan@test.tandem", Company.PASSWORD)).contains("deactivated");
		this.company.hunter.graphql()
			.document("{ me { id } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((e) -> assertThat(e.getExtensions()).containsEntry("classification", "UNAUTHORIZED")));
	}

	@Test
	void anExpiredTokenIsRefused() {
		String token = login("ivan@test.tandem", Company.PASSWORD).path("login.accessToken").entity(String.class).get();
		this.clock.set(Instant.parse("2026-11-15T21:00:01Z"));
		HttpResponse<String> response = post(token, "{\"query\":\"{ me { id } }\"}");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("\"classification\":\"UNAUTHORIZED\"").doesNotContain("Exception");
	}

	@Test
	void aTamperedOrUnsignedTokenIsRefusedBeforeAnyResolverRuns() throws Exception {
		String token = this.company.hunter.token();
		String[] parts = token.split("\\.");
		String otherSubject = java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(("{\"iss\":\"tandem\",\"sub\":\"" + this.company.owner.id() + "\",\"exp\":4102444800}")
				.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(post(parts[0] + "." + otherSubject + "." + parts[2], "{\"query\":\"{ me { id } }\"}").statusCode())
			.isEqualTo(401);
		String none = java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString("{\"alg\":\"none\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(post(none + "." + otherSubject + ".", "{\"query\":\"{ me { id } }\"}").statusCode()).isEqualTo(401);
	}

	@Test
	void theLastOwnerCannotBeDemotedOrDeactivated() {
		this.company.owner.graphql()
			.document("mutation($id: ID!) { deactivateEmployee(id: $id) { active } }")
			.variable("id", this.company.owner.idString())
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((e) -> assertThat(e.getExtensions()).containsEntry("classification", "BAD_REQUEST")));
	}

	@Test
	void ownersCreateAndEditEmployeesWhoCanThenLogIn() {
		String id = this.company.owner.graphql()
			.document("""
					mutation { createEmployee(input: {fullName: "Nina New", email: "Nina@Test.Tandem",
					  password: "a-long-enough-password", role: EMPLOYEE, position: FARMER}) { id email active } }""")
			.execute()
			.path("createEmployee.email")
			.entity(String.class)
			.isEqualTo("nina@test.tandem")
			.path("createEmployee.id")
			.entity(String.class)
			.get();
		this.company.owner.graphql()
			.document(
					"mutation($id: ID) { updateEmployee(input: {id: $id, fullName: \"Nina Hunter\", role: EMPLOYEE, position: HUNTER}) { fullName position } }")
			.variable("id", id)
			.execute()
			.path("updateEmployee.position")
			.entity(String.class)
			.isEqualTo("HUNTER");
		login("nina@test.tandem", "a-long-enough-password").path("login.employee.position")
			.entity(String.class)
			.isEqualTo("HUNTER");
	}

	private HttpResponse<String> post(String token, String body) {
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
					.header("Content-Type", "application/json")
					.header("Authorization", "Bearer " + token)
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private GraphQlTester.Response login(String email, String password) {
		return this.company.anonymous()
			.document(LOGIN)
			.variable("email", email)
			.variable("password", password)
			.execute();
	}

	private String loginError(String email, String password) {
		String[] message = new String[1];
		login(email, password).errors().satisfy((errors) -> {
			assertThat(errors).singleElement()
				.satisfies((e) -> assertThat(e.getExtensions()).containsEntry("classification", "UNAUTHORIZED"));
			message[0] = errors.get(0).getMessage();
		});
		return message[0];
	}

	private HttpGraphQlTester withToken(String token) {
		return this.company.anonymous().mutate().header("Authorization", "Bearer " + token).build();
	}

}
