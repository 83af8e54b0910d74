package app.tandem.kpi;

import java.util.List;
import java.util.Map;

import app.tandem.support.Company;
import app.tandem.support.TandemTest;
import app.tandem.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * SPEC §7 through the API: statuses on the 1st, at the EARLY edge, mid-month and for
 * closed months, and pace in working days with a holiday and a worked Saturday
 * (hand-computed in docs/kpis.md, "Honest readings").
 */
@TandemTest
class HonestReadingTests {

	@Autowired
	Company company;

	@Autowired
	TestClock clock;

	@BeforeEach
	void november() {
		Company c = this.company.reset();
		String direct = c.channel("Direct");
		String volga = c.client("Volga Logistics");
		String neva = c.client("Neva Print");
		c.lead(direct, c.marketer, "2026-11-02T10:00:00+03:00", c.hunter);
		c.deal(volga, null, c.hunter, "2026-11-10", "10000.00", "4000.00");
		c.deal(neva, null, c.hunter2, "2026-11-03", "50000.00", "20000.00");
		c.sharedGoal("2026-11", "130000.00", "40000.00");
		c.plan(c.hunter, "2026-11", "TURNOVER", "30000");
		c.plan(c.hunter2, "2026-11", "TURNOVER", "100000");
		c.plan(c.hunter2, "2026-11", "GROSS_MARGIN", "20000");
	}

	@Test
	void theFirstOfTheMonthGivesNoVerdict() {
		today("2026-11-01T09:00:00+03:00");
		Company c = this.company;
		GraphQlTester.Response r = kpis(c.hunter, "2026-11");
		status(r, 1, "EARLY");
		GraphQlTester.Response team = c.owner.graphql()
			.documentName("dashboard")
			.variable("period", "2026-11")
			.execute();
		team.path("dashboard.turnoverKpi.status").entity(String.class).isEqualTo("EARLY");
	}

	@Test
	void justBelowAFifthIsEarlyAndAFifthGivesAVerdict() {
		// 5 November: 5 of 30 days, f = 0.1667.
		today("2026-11-05T12:00:00+03:00");
		status(kpis(this.company.hunter, "2026-11"), 1, "EARLY");
		// 6 November: f = 0.2 — 10000 / 0.2 = 50000 ≥ 30000.
		today("2026-11-06T12:00:00+03:00");
		status(kpis(this.company.hunter, "2026-11"), 1, "ON_TRACK");
	}

	@Test
	void aTargetReachedMidMonthIsAchievedAndClosedMonthsAreMetOrMissed() {
		// Sergey's margin: 30000 of 20000 on the 15th — reached, whatever the pace says.
		status(kpis(this.company.hunter2, "2026-11"), 2, "ACHIEVED");
		today("2026-12-02T12:00:00+03:00");
		GraphQlTester.Response ivan = kpis(this.company.hunter, "2026-11");
		status(ivan, 1, "MISSED");
		ivan.path("employeeKpis.kpis[1].requiredDailyPace").valueIsNull();
		status(kpis(this.company.hunter2, "2026-11"), 2, "ACHIEVED");
		status(kpis(this.company.hunter2, "2026-11"), 1, "MISSED");
	}

	@Test
	void workingDayPaceSkipsHolidaysAndCountsAWorkedSaturday() {
		Company c = this.company;
		c.owner.graphql()
			.document("mutation { setPaceBasis(input: {paceBasis: WORKING_DAYS}) { paceBasis } }")
			.execute()
			.path("setPaceBasis.paceBasis")
			.entity(String.class)
			.isEqualTo("WORKING_DAYS");
		c.owner.graphql()
			.document("""
					mutation($i: SetCompanyCalendarInput!) { setCompanyCalendar(input: $i) {
					  nonWorkingDays(year: 2026) workingWeekendDays(year: 2026) } }""")
			.variable("i",
					Map.of("year", 2026, "nonWorkingDays", List.of("2026-11-04"), "workingWeekendDays",
							List.of("2026-11-28")))
			.execute()
			.path("setCompanyCalendar.workingWeekendDays[0]")
			.entity(String.class)
			.isEqualTo("2026-11-28");
		// Sunday 15 November: 9 of 21 working days have passed, 12 are left.
		GraphQlTester.Response ivan = kpis(c.hunter, "2026-11");
		ivan.path("employeeKpis.kpis[1].expectedByNow").entity(String.class).isEqualTo("12857.14");
		ivan.path("employeeKpis.kpis[1].forecast").entity(String.class).isEqualTo("23333.33");
		ivan.path("employeeKpis.kpis[1].requiredDailyPace").entity(String.class).isEqualTo("1666.67");
		status(ivan, 1, "BEHIND");
		GraphQlTester.Response sergey = kpis(c.hunter2, "2026-11");
		sergey.path("employeeKpis.kpis[1].forecast").entity(String.class).isEqualTo("116666.67");
		sergey.path("employeeKpis.kpis[1].requiredDailyPace").entity(String.class).isEqualTo("4166.67");
		status(sergey, 1, "ON_TRACK");
		// 5 November is only the 3rd working day of 21 (the 4th is a holiday): too early.
		today("2026-11-05T12:00:00+03:00");
		status(kpis(c.hunter, "2026-11"), 1, "EARLY");
		// Anyone may read the calendar; only owners set it.
		c.hunter.graphql()
			.document("{ company { paceBasis nonWorkingDays(year: 2026) } }")
			.execute()
			.path("company.nonWorkingDays[0]")
			.entity(String.class)
			.isEqualTo("2026-11-04");
	}

	private void today(String moment) {
		this.clock.set(java.time.OffsetDateTime.parse(moment).toInstant());
		this.company.signInAgain();
	}

	private GraphQlTester.Response kpis(Company.Member employee, String period) {
		return this.company.owner.graphql()
			.documentName("employeeKpis")
			.variable("employeeId", employee.idString())
			.variable("period", period)
			.execute();
	}

	private static void status(GraphQlTester.Response r, int index, String status) {
		r.path("employeeKpis.kpis[" + index + "].status").entity(String.class).isEqualTo(status);
	}

}
