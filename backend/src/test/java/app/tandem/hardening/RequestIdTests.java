package app.tandem.hardening;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 item 5: every answer carries an X-Request-Id — the client's own when it is
 * sane, a new one otherwise — and the log lines written for the request name it.
 */
@HardenedTest
@ExtendWith(OutputCaptureExtension.class)
class RequestIdTests {

	static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	static final String TYPENAME = Http.query("{ __typename }");

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void setUp() {
		this.http = new Http(this.port);
	}

	@Test
	void anAnswerWithoutAnIdGetsANewOneEachTime() {
		String first = id(this.http.graphql(TYPENAME));
		String second = id(this.http.graphql(TYPENAME));
		assertThat(first).matches(UUID);
		assertThat(second).matches(UUID).isNotEqualTo(first);
	}

	@Test
	void aSaneIdIsEchoed() {
		for (String sane : new String[] { "3f2c1a9e-7b4d-4c1e-9a6f-0b1c2d3e4f5a", "01JDZ8Q6M3K7V2X9Y4B5N6P7R8",
				"nginx.7f3a9c:2", "a".repeat(64) }) {
			assertThat(id(this.http.graphql(TYPENAME, "X-Request-Id", sane))).isEqualTo(sane);
		}
	}

	@Test
	void anInsaneIdIsReplaced() {
		for (String insane : new String[] { "a".repeat(65), "x".repeat(500), "has space", "<script>alert(1)</script>",
				"quote\"d", "%0d%0aSet-Cookie:%20a=b", "name=value;other" }) {
			HttpResponse<String> response = this.http.graphql(TYPENAME, "X-Request-Id", insane);
			assertThat(id(response)).as(insane).matches(UUID);
			assertThat(response.body()).contains("\"__typename\":\"Query\"");
		}
	}

	@Test
	void aLineBreakCannotInjectAHeaderIntoTheAnswer() throws IOException {
		String answer = raw("X-Request-Id: abc\r\nSet-Cookie: injected=1\r\n");
		assertThat(answer).doesNotContainIgnoringCase("injected");
		assertThat(answer).containsIgnoringCase("X-Request-Id: abc\r\n");
		// A bare line feed inside the value: Tomcat refuses the request, and the refusal
		// echoes nothing of it.
		String bare = raw("X-Request-Id: abc\nSet-Cookie: injected=1\r\n");
		assertThat(bare).doesNotContainIgnoringCase("injected");
		// Bytes beyond ASCII (which HttpClient will not send) are replaced like any other
		// odd id.
		Matcher echoed = Pattern.compile("(?i)X-Request-Id: (\\S+)\r\n").matcher(raw("X-Request-Id: ключ\r\n"));
		assertThat(echoed.find()).isTrue();
		assertThat(echoed.group(1)).matches(UUID);
	}

	@Test
	void refusalsBeforeGraphQlCarryAnIdToo() {
		HttpResponse<String> forged = this.http.graphql(TYPENAME, "Authorization", "Bearer not-a-token", "X-Request-Id",
				"forged-token-1");
		assertThat(forged.statusCode()).isEqualTo(401);
		assertThat(id(forged)).isEqualTo("forged-token-1");
		HttpResponse<String> notJson = this.http.send(this.http.to("/graphql")
			.header("Content-Type", "text/plain")
			.header("X-Request-Id", "not-json-1")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("{ __typename }")));
		assertThat(notJson.statusCode()).isEqualTo(415);
		assertThat(id(notJson)).isEqualTo("not-json-1");
	}

	@Test
	void theLogLinesOfARequestNameItsId(CapturedOutput output) {
		HttpResponse<String> response = this.http.graphql(
				Http.query("query " + ExplodingInstrumentation.OPERATION + " { company { name } }"), "X-Request-Id",
				"trace-me-42");
		assertThat(id(response)).isEqualTo("trace-me-42");
		Matcher errorId = Pattern.compile("\"errorId\":\"([^\"]+)\"").matcher(response.body());
		assertThat(errorId.find()).isTrue();
		// The operator has the client's request id and the error's id: both lead to the
		// same line.
		assertThat(output.getOut().lines().filter((line) -> line.contains(errorId.group(1)))).singleElement()
			.satisfies((line) -> assertThat(line).contains("[trace-me-42]", "INTERNAL_ERROR"));
		// A line logged outside any request has no id at all (not an empty "[]").
		assertThat(output.getOut()).doesNotContain("[] ");
	}

	private static String id(HttpResponse<String> response) {
		return response.headers().firstValue("X-Request-Id").orElseThrow();
	}

	/**
	 * One request written byte for byte, for what HttpClient refuses to send; the
	 * answer's head and body.
	 */
	private String raw(String extraHeaders) throws IOException {
		String body = TYPENAME;
		String request = "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
				+ "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n"
				+ extraHeaders + "\r\n" + body;
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.UTF_8));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
