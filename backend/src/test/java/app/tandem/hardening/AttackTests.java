package app.tandem.hardening;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.stream.Stream;

import javax.crypto.spec.SecretKeySpec;

import app.tandem.hardening.Attacks.Attack;
import app.tandem.support.Company;
import app.tandem.support.TestClock;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import graphql.introspection.Introspection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security suite: every attack document is refused, and refused before any SQL runs.
 * An anonymous attacker causes no statement at all; a signed-in one causes exactly the
 * one lookup every authenticated request makes (is the token revoked?) and no viewer
 * lookup or resolver.
 */
@HardenedTest
class AttackTests {

	static final String ME = Http.query("{ me { id } }");

	@Autowired
	Company company;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JwtEncoder encoder;

	@Autowired
	TestClock clock;

	@LocalServerPort
	int port;

	Http http;

	@BeforeEach
	void setUp() {
		this.company.reset();
		this.jdbc.sql("DELETE FROM login_failure").update();
		this.jdbc.sql("DELETE FROM revoked_token").update();
		this.http = new Http(this.port);
	}

	static Stream<Attack> documents() {
		return Attacks.all().stream();
	}

	@ParameterizedTest(name = "anonymous: {0}")
	@MethodSource("documents")
	void anAnonymousAttackIsRefusedWithoutAnySql(Attack attack) {
		SqlStatements.reset();
		HttpResponse<String> response = this.http.graphql(attack.body());
		assertRefused(attack, response);
		assertThat(SqlStatements.recorded()).as("SQL run for %s", attack).isEmpty();
	}

	@ParameterizedTest(name = "signed in: {0}")
	@MethodSource("documents")
	void aSignedInAttackIsRefusedBeforeAnyResolver(Attack attack) {
		SqlStatements.reset();
		HttpResponse<String> response = this.http.graphql(attack.body(), "Authorization",
				"Bearer " + this.company.owner.token());
		assertRefused(attack, response);
		assertThat(SqlStatements.recorded()).as("SQL run for %s", attack)
			.singleElement()
			.satisfies((sql) -> assertThat(sql).contains("revoked_token"));
	}

	@Test
	void anUnsignedTokenIsRefused() {
		String claims = encode("{\"iss\":\"tandem\",\"sub\":\"" + this.company.owner.id() + "\",\"exp\":4102444800}");
		assertTokenRefused(encode("{\"alg\":\"none\"}") + "." + claims + ".");
	}

	@Test
	void aTamperedTokenIsRefused() {
		String[] parts = this.company.hunter.token().split("\\.");
		String claims = encode("{\"iss\":\"tandem\",\"sub\":\"" + this.company.owner.id() + "\",\"exp\":4102444800}");
		assertTokenRefused(parts[0] + "." + claims + "." + parts[2]);
	}

	@Test
	void anExpiredTokenIsRefused() {
		this.clock.set(Instant.parse("2026-11-15T21:00:01Z"));
		assertTokenRefused(this.company.hunter.token());
	}

	@Test
	void aTokenFromAnotherIssuerIsRefusedEvenWithOurKey() {
		assertTokenRefused(sign("https://evil.example"));
	}

	@Test
	void aTokenSignedWithAnotherKeyIsRefused() {
		byte[] otherKey = new byte[48];
		new SecureRandom().nextBytes(otherKey);
		JwtEncoder other = new NimbusJwtEncoder(new ImmutableSecret<>(new SecretKeySpec(otherKey, "HmacSHA256")));
		assertTokenRefused(sign(other, "tandem"));
	}

	@Test
	void garbageInsteadOfATokenIsRefused() {
		assertTokenRefused("not-a-token");
	}

	@Test
	void ordinaryLargeRequestsStillPass() {
		HttpResponse<String> page = this.http.graphql(Http.query("{ a: leads(first: 100) { edges { node { id createdAt "
				+ "status channel { name } marketer { fullName } assignee { fullName } } } pageInfo { hasNextPage } } "
				+ "deals(first: 100) { edges { node { id client { name acquiredBy { fullName } } lead { id channel { name } } "
				+ "salesperson { fullName } closedOn revenue cost grossMargin } } } }"), "Authorization",
				"Bearer " + this.company.owner.token());
		assertThat(page.body()).doesNotContain("errors").contains("\"edges\"");
		// Spring Boot switches introspection on or off JVM-wide whenever a context
		// starts, and the
		// MariaDB run's mysql profile (or ProductionSettingsTests) switches it off:
		// switch it on here.
		boolean introspection = Introspection.isEnabledJvmWide();
		Introspection.enabledJvmWide(true);
		try {
			HttpResponse<String> schema = this.http.graphql(Http.query(IntrospectionQuery.FULL));
			assertThat(schema.statusCode()).as(schema.body()).isEqualTo(200);
			assertThat(schema.body()).doesNotContain("errors").contains("\"__schema\"");
		}
		finally {
			Introspection.enabledJvmWide(introspection);
		}
	}

	private void assertRefused(Attack attack, HttpResponse<String> response) {
		assertThat(response.statusCode()).as("status of %s: %s", attack, response.body()).isEqualTo(attack.status());
		Http.assertHygienic(response);
		if (attack.message() != null) {
			assertThat(response.body()).contains("\"classification\":\"BAD_REQUEST\"").contains(attack.message());
			assertThat(response.body()).doesNotContain("\"data\":{");
		}
	}

	private void assertTokenRefused(String token) {
		SqlStatements.reset();
		HttpResponse<String> response = this.http.graphql(ME, "Authorization", "Bearer " + token);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("\"classification\":\"UNAUTHORIZED\"");
		Http.assertHygienic(response);
		assertThat(SqlStatements.recorded()).isEmpty();
	}

	private String sign(String issuer) {
		return sign(this.encoder, issuer);
	}

	private String sign(JwtEncoder encoder, String issuer) {
		Instant now = this.clock.instant();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(issuer)
			.subject(this.company.owner.idString())
			.issuedAt(now)
			.expiresAt(now.plusSeconds(3600))
			.build();
		return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();
	}

	private static String encode(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

}
