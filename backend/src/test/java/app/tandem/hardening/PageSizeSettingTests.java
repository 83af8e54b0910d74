package app.tandem.hardening;

import app.tandem.support.Company;
import app.tandem.support.TandemTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One setting bounds every list (issue 16): raising {@code tandem.graphql.max-first} lets
 * the query limits and the services both serve the bigger page, and {@code default-first}
 * is the page size of a list asked for without {@code first}.
 */
@TandemTest
@TestPropertySource(properties = { "tandem.graphql.max-first=150", "tandem.graphql.default-first=2",
		"tandem.graphql.max-cost=100000" })
class PageSizeSettingTests {

	@Autowired
	Company company;

	@BeforeEach
	void company() {
		Company c = this.company.reset();
		String direct = c.channel("Direct");
		for (int i = 0; i < 3; i++) {
			c.lead(direct, c.marketer, "2026-11-0" + (i + 1) + "T10:00:00Z", null);
		}
	}

	@Test
	void aRaisedMaximumIsServedAndOneMoreIsRefusedAtTheField() {
		this.company.owner.graphql()
			.document("{ leads(first: 150) { totalCount edges { node { id } } } }")
			.execute()
			.path("leads.edges")
			.entityList(Object.class)
			.hasSize(3);
		this.company.owner.graphql()
			.document("{ leads(first: 151) { totalCount } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).contains("first must be between 1 and 150")));
	}

	@Test
	void aListWithoutFirstGetsTheDefaultPageSize() {
		this.company.owner.graphql()
			.document("{ leads { totalCount edges { node { id } } pageInfo { hasNextPage } } }")
			.execute()
			.path("leads.edges")
			.entityList(Object.class)
			.hasSize(2)
			.path("leads.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(true);
	}

}
