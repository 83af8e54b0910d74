package app.tandem.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import app.tandem.support.Company;
import app.tandem.support.TandemTest;
import graphql.introspection.Introspection;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13 item 3: {@code GET /graphql/schema} serves the running schema's SDL — to
 * anyone where introspection is on (the embedded default), to signed-in people only where
 * it is off (the mysql profile).
 */
@TandemTest
class SchemaDownloadTests {

	private static final HttpClient client = HttpClient.newHttpClient();

	@Autowired
	Company company;

	@Autowired
	GraphQlSource graphQlSource;

	@LocalServerPort
	int port;

	@BeforeEach
	void setUp() {
		this.company.reset();
	}

	@Nested
	@TestPropertySource(properties = "spring.graphql.schema.introspection.enabled=true")
	class WhereIntrospectionIsOn {

		@Test
		void anyoneGetsTheSdlOfTheRunningSchema() {
			HttpResponse<String> response = get(null);
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
					(type) -> assertThat(type.toLowerCase().replace(" ", "")).isEqualTo("text/plain;charset=utf-8"));
			String sdl = response.body();
			assertThat(sdl).contains("type Query {", "type Mutation {", "scalar Decimal", "scalar YearMonth",
					// Descriptions of types and fields, and directive uses, are part of
					// it.
					"\"Relay page information for a connection.\"",
					"\"Whether more items follow the last one returned.\"",
					"@deprecated(reason : \"Use othersConverted.\")");
			// No introspection types, and no definitions of the directives every server
			// already knows.
			assertThat(sdl).doesNotContain("__Schema", "directive @skip", "directive @include", "directive @deprecated",
					"directive @specifiedBy", "directive @defer", "directive @experimental_disableErrorPropagation");
			assertThat(typeNames(UnExecutableSchemaGenerator.makeUnExecutableSchema(parse(sdl))))
				.isEqualTo(typeNames(SchemaDownloadTests.this.graphQlSource.schema()));
		}

		@Test
		void everyCustomScalarSaysWhereItIsSpecifiedAndEveryArgumentWhatItMeans() {
			GraphQLSchema downloaded = UnExecutableSchemaGenerator.makeUnExecutableSchema(parse(get(null).body()));
			List<GraphQLScalarType> scalars = downloaded.getAllTypesAsList()
				.stream()
				.filter((type) -> type instanceof GraphQLScalarType scalar
						&& !ScalarInfo.isGraphqlSpecifiedScalar(scalar))
				.map(GraphQLScalarType.class::cast)
				.toList();
			assertThat(scalars).extracting(GraphQLScalarType::getName)
				.containsExactlyInAnyOrder("Decimal", "YearMonth", "Date", "DateTime");
			assertThat(scalars).allSatisfy(
					(scalar) -> assertThat(scalar.getSpecifiedByUrl()).as(scalar.getName()).startsWith("https://"));
			List<String> undescribed = downloaded.getAllTypesAsList()
				.stream()
				.filter((type) -> type instanceof GraphQLObjectType && !type.getName().startsWith("__"))
				.flatMap((type) -> ((GraphQLObjectType) type).getFieldDefinitions()
					.stream()
					.flatMap((field) -> field.getArguments()
						.stream()
						.filter((argument) -> argument.getDescription() == null || argument.getDescription().isBlank())
						.map((argument) -> type.getName() + "." + field.getName() + "(" + argument.getName() + ")")))
				.toList();
			assertThat(undescribed).isEmpty();
		}

		@Test
		void onlyGetIsServed() {
			HttpResponse<String> post = send(request().POST(HttpRequest.BodyPublishers.ofString("{}")));
			assertThat(post.statusCode()).isBetween(400, 499);
		}

	}

	@Nested
	@TestPropertySource(properties = "spring.graphql.schema.introspection.enabled=false")
	class WhereIntrospectionIsOff {

		/**
		 * Spring Boot applies the introspection setting JVM-wide when the context starts:
		 * undone afterwards.
		 */
		static boolean introspectionBefore;

		@BeforeAll
		static void rememberIntrospection() {
			introspectionBefore = Introspection.isEnabledJvmWide();
		}

		@AfterAll
		static void restoreIntrospection() {
			Introspection.enabledJvmWide(introspectionBefore);
		}

		@Test
		void anonymousCallersAreAskedToSignInWithAGraphQlShapedAnswer() {
			HttpResponse<String> response = get(null);
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
			assertThat(response.headers().firstValue("WWW-Authenticate"))
				.hasValueSatisfying((value) -> assertThat(value).startsWith("Bearer"));
			assertThat(response.body()).contains("\"classification\":\"UNAUTHORIZED\"").doesNotContain("type Query");
		}

		@Test
		void everySignedInPersonGetsIt() {
			for (Company.Member member : SchemaDownloadTests.this.company.everyone()) {
				HttpResponse<String> response = get(member.token());
				assertThat(response.statusCode()).isEqualTo(200);
				assertThat(response.body()).contains("type Query {");
			}
		}

		@Test
		void aForgedTokenIsRefused() {
			HttpResponse<String> response = get("not-a-token");
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.body()).doesNotContain("type Query");
		}

	}

	HttpResponse<String> get(String token) {
		HttpRequest.Builder request = request().GET();
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return send(request);
	}

	HttpRequest.Builder request() {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql/schema"));
	}

	static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static TypeDefinitionRegistry parse(String sdl) {
		return new SchemaParser().parse(sdl);
	}

	static Set<String> typeNames(GraphQLSchema schema) {
		return schema.getAllTypesAsList()
			.stream()
			.map(GraphQLNamedType::getName)
			.filter((name) -> !name.startsWith("__"))
			.collect(Collectors.toCollection(java.util.TreeSet::new));
	}

}
