package app.tandem.support;

import java.util.Map;

import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Asserts that a call was refused with a given classification and field, and wrote
 * nothing.
 */
public final class Refusals {

	private Refusals() {
	}

	public static void assertRefused(Company company, GraphQlTester tester, String document,
			Map<String, Object> variables, String classification, String field) {
		Map<String, String> before = company.snapshot();
		GraphQlTester.Request<?> request = tester.document(document);
		variables.forEach(request::variable);
		request.execute().errors().satisfy((errors) -> {
			assertThat(errors).as("errors of %s", document).isNotEmpty();
			assertThat(errors).anySatisfy((error) -> {
				assertThat(error.getExtensions().get("classification")).isEqualTo(classification);
				if (field != null) {
					assertThat(error.getExtensions().get("field")).isEqualTo(field);
				}
				assertThat(error.getMessage()).doesNotContain("Exception", "SQL", "at app.", "java.");
			});
		});
		assertThat(company.snapshot()).as("nothing written").isEqualTo(before);
	}

}
