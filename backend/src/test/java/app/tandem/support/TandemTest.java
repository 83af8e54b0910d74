package app.tandem.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * An integration test of the running server: GraphQL through HTTP, a real database (H2 or
 * MariaDB, see {@link TestDatabases}), a fixed clock, no demo data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "tandem.demo.enabled=false", "spring.main.allow-bean-definition-overriding=true" })
@AutoConfigureHttpGraphQlTester
@Import(TestConfiguration.class)
public @interface TandemTest {

}
