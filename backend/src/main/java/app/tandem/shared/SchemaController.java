package app.tandem.shared;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import graphql.Directives;
import graphql.schema.GraphQLDirective;
import graphql.schema.idl.SchemaPrinter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /graphql/schema}: the running schema as SDL, what Apollo Kotlin/Swift and
 * graphql-codegen generate clients from where introspection is off (SPEC §11).
 * Descriptions and directive uses ({@code @deprecated}, {@code @specifiedBy}) are kept;
 * the definitions of the directives every GraphQL server knows are left out, as codegen
 * tools refuse a schema that redefines them. Open to anyone where introspection is (the
 * embedded default), else for signed-in people only
 * ({@code tandem.graphql.public-schema}).
 */
@RestController
class SchemaController {

	private static final MediaType SDL = new MediaType("text", "plain", StandardCharsets.UTF_8);

	private static final String SIGN_IN = """
			{"errors":[{"message":"Sign in to download the schema",\
			"extensions":{"classification":"UNAUTHORIZED","code":"SIGN_IN_REQUIRED"}}]}""";

	/**
	 * The directives graphql-java puts into every schema, the specified ones and its own.
	 */
	private static final Set<String> BUILT_IN = Stream
		.of(Directives.SkipDirective, Directives.IncludeDirective, Directives.DeprecatedDirective,
				Directives.SpecifiedByDirective, Directives.OneOfDirective, Directives.DeferDirective,
				Directives.ExperimentalDisableErrorPropagationDirective)
		.map(GraphQLDirective::getName)
		.collect(Collectors.toUnmodifiableSet());

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	private final boolean publicSchema;

	private final String sdl;

	SchemaController(GraphQlSource source, @Value("${tandem.graphql.public-schema:false}") boolean publicSchema) {
		this.publicSchema = publicSchema;
		this.sdl = new SchemaPrinter(
				SchemaPrinter.Options.defaultOptions().includeDirectiveDefinition((name) -> !BUILT_IN.contains(name)))
			.print(source.schema());
	}

	@GetMapping("${spring.graphql.http.path:/graphql}/schema")
	ResponseEntity<String> schema() {
		if (!this.publicSchema && !this.trust.isAuthenticated(SecurityContextHolder.getContext().getAuthentication())) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
				.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
				.contentType(MediaType.APPLICATION_JSON)
				.body(SIGN_IN);
		}
		return ResponseEntity.ok().contentType(SDL).body(this.sdl);
	}

}
