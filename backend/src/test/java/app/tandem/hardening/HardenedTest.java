package app.tandem.hardening;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import app.tandem.support.TandemTest;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * A {@link TandemTest} whose SQL statements are recorded ({@link SqlStatements}), with
 * one origin allowed for CORS and an instrumentation that fails on purpose
 * ({@link ExplodingInstrumentation}). Every test class so annotated shares one
 * application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TandemTest
@Import({ SqlStatements.class, ExplodingInstrumentation.class })
// GraphiQL as in the embedded default, also in the MariaDB run (whose mysql profile turns
// it off).
@TestPropertySource(
		properties = { "tandem.web.allowed-origins=" + HardenedTest.ALLOWED_ORIGIN, "tandem.graphiql.enabled=true" })
public @interface HardenedTest {

	String ALLOWED_ORIGIN = "https://app.tandem.test";

}
