package app.tandem.company;

import java.util.List;
import java.util.Map;

import app.tandem.support.Company;
import app.tandem.support.Refusals;
import app.tandem.support.TandemTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * The owner's pace basis and working calendar: replaced per year, checked field by field.
 */
@TandemTest
class CompanyCalendarTests {

	static final String SET = """
			mutation($i: SetCompanyCalendarInput!) { setCompanyCalendar(input: $i) {
			  nonWorkingDays(year: 2026) workingWeekendDays(year: 2026) } }""";

	@Autowired
	Company company;

	@BeforeEach
	void reset() {
		this.company.reset();
	}

	@Test
	void aYearIsReplacedAndAnOmittedListStays() {
		set(Map.of("year", 2026, "nonWorkingDays", List.of("2026-11-04", "2026-06-12", "2026-11-04"),
				"workingWeekendDays", List.of("2026-11-28")));
		set(Map.of("year", 2026, "nonWorkingDays", List.of("2026-12-31"))).path("setCompanyCalendar.nonWorkingDays")
			.entityList(String.class)
			.containsExactly("2026-12-31");
		this.company.owner.graphql()
			.document("{ company { paceBasis workingWeekendDays(year: 2026) nonWorkingDays(year: 2027) } }")
			.execute()
			.path("company.workingWeekendDays")
			.entityList(String.class)
			.containsExactly("2026-11-28")
			.path("company.nonWorkingDays")
			.entityList(String.class)
			.hasSize(0)
			.path("company.paceBasis")
			.entity(String.class)
			.isEqualTo("CALENDAR_DAYS");
	}

	@Test
	void badCalendarsAreRefusedAtTheirField() {
		Company c = this.company;
		Refusals.assertRefused(c, c.owner.graphql(), SET, Map.of("i", Map.of("nonWorkingDays", List.of())),
				"BAD_REQUEST", "year");
		Refusals.assertRefused(c, c.owner.graphql(), SET, Map.of("i", Map.of("year", 1999)), "BAD_REQUEST", "year");
		Refusals.assertRefused(c, c.owner.graphql(), SET,
				Map.of("i", Map.of("year", 2026, "nonWorkingDays", List.of("2027-01-01"))), "BAD_REQUEST",
				"nonWorkingDays");
		// 4 November 2026 is a Wednesday.
		Refusals.assertRefused(c, c.owner.graphql(), SET,
				Map.of("i", Map.of("year", 2026, "workingWeekendDays", List.of("2026-11-04"))), "BAD_REQUEST",
				"workingWeekendDays");
		Refusals.assertRefused(c, c.owner.graphql(), SET, Map.of("i", Map.of("year", 2026, "nonWorkingDays",
				List.of("2026-11-28"), "workingWeekendDays", List.of("2026-11-28"))), "BAD_REQUEST",
				"workingWeekendDays");
		Refusals.assertRefused(c, c.owner.graphql(), SET,
				Map.of("i", Map.of("year", 2026, "nonWorkingDays", List.of("2026-02-30"))), "BAD_REQUEST",
				"nonWorkingDays");
		Refusals.assertRefused(c, c.owner.graphql(), "mutation { setPaceBasis(input: {}) { paceBasis } }", Map.of(),
				"BAD_REQUEST", "paceBasis");
		Refusals.assertRefused(c, c.owner.graphql(), "{ company { nonWorkingDays(year: 3000) } }", Map.of(),
				"BAD_REQUEST", "year");
	}

	@Test
	void onlyOwnersSetThem() {
		Company c = this.company;
		for (Company.Member employee : List.of(c.marketer, c.hunter, c.farmer)) {
			Refusals.assertRefused(c, employee.graphql(),
					"mutation { setPaceBasis(input: {paceBasis: WORKING_DAYS}) { paceBasis } }", Map.of(), "FORBIDDEN",
					null);
			Refusals.assertRefused(c, employee.graphql(), SET,
					Map.of("i", Map.of("year", 2026, "nonWorkingDays", List.of("2026-11-04"))), "FORBIDDEN", null);
		}
		Refusals.assertRefused(c, c.anonymous(),
				"mutation { setPaceBasis(input: {paceBasis: WORKING_DAYS}) { paceBasis } }", Map.of(), "UNAUTHORIZED",
				null);
	}

	private org.springframework.graphql.test.tester.GraphQlTester.Response set(Map<String, Object> input) {
		return this.company.owner.graphql().document(SET).variable("i", input).execute();
	}

}
