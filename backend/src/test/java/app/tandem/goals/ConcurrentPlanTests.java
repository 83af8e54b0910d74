package app.tandem.goals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import app.tandem.support.Company;
import app.tandem.support.Race;
import app.tandem.support.TandemTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two owners change the same goal at the same moment from the same version: one wins,
 * nothing is lost silently.
 */
@TandemTest
class ConcurrentPlanTests {

	static final String GOAL = "mutation($i: SetSharedGoalInput!) { setSharedGoal(input: $i) { version turnoverTarget } }";

	@Autowired
	Company company;

	@BeforeEach
	void setUp() {
		this.company.reset();
		this.company.sharedGoal("2026-11", "1000000", "300000");
	}

	@RepeatedTest(3)
	void twoWritersWithTheSameExpectedVersionExactlyOneSucceeds() throws Exception {
		Company.Member second = this.company.hire("Oleg Owner", "oleg-" + System.nanoTime() + "@test.tandem", "OWNER",
				null);
		long before = this.company.count("plan_change");
		List<String> outcomes = Race.run(write(this.company.owner, "1100000"), write(second, "1200000"));
		assertThat(outcomes).containsExactlyInAnyOrder("OK", "CONFLICT");
		// Only the winner's change is in the history (its turnover; the margin did not
		// change).
		assertThat(this.company.count("plan_change") - before).isEqualTo(1);
		this.company.owner.graphql()
			.document("{ sharedGoal(period: \"2026-11\") { version } }")
			.execute()
			.path("sharedGoal.version")
			.entity(Integer.class)
			.isEqualTo(2);
	}

	private Callable<String> write(Company.Member owner, String turnover) {
		HttpGraphQlTester tester = (HttpGraphQlTester) owner.graphql();
		return () -> {
			var response = tester.document(GOAL)
				.variable("i",
						Map.of("period", "2026-11", "turnoverTarget", turnover, "grossMarginTarget", "300000",
								"expectedVersion", 1))
				.execute();
			List<String> classes = new ArrayList<>();
			response.errors()
				.satisfy((errors) -> errors.stream()
					.map(ResponseError::getExtensions)
					.forEach((e) -> classes.add(String.valueOf(e.get("classification")))));
			return classes.isEmpty() ? "OK" : String.join(",", classes);
		};
	}

}
