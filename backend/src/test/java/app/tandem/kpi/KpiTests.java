package app.tandem.kpi;

import java.time.Instant;

import app.tandem.support.Company;
import app.tandem.support.TandemTest;
import app.tandem.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Every KPI of SPEC §3 against numbers computed by hand from one small company: October
 * 2026 (a closed month) and November 2026 (the current month, "today" is the 15th in
 * Moscow). The scenario and its hand computation are written out in docs/kpis.md.
 */
@TandemTest
class KpiTests {

	@Autowired
	Company company;

	@Autowired
	TestClock clock;

	String direct;

	String smm;

	String l1;

	String l2;

	String l3;

	String l4;

	String l5;

	@BeforeEach
	void recordTheMonth() {
		Company c = this.company.reset();
		this.direct = c.channel("Yandex Direct");
		this.smm = c.channel("SMM");
		c.spend(this.direct, c.marketer, "2026-10-01", "3000.00");
		c.spend(this.direct, c.marketer, "2026-10-31", "1500.50");
		c.spend(this.smm, c.marketer2, "2026-10-10", "1000");
		c.spend(this.direct, c.marketer, "2026-11-01", "999.99");

		this.l1 = c.lead(this.direct, c.marketer, "2026-10-02T10:00:00+03:00", c.hunter);
		this.l2 = c.lead(this.direct, c.marketer, "2026-10-03T10:00:00+03:00", c.hunter);
		this.l3 = c.lead(this.direct, c.marketer, "2026-10-20T10:00:00+03:00", c.hunter2);
		// 22:30 in Moscow on the 31st: still October there.
		this.l4 = c.lead(this.direct, c.marketer, "2026-10-31T22:30:00+03:00", null);
		// 21:30 UTC on the 31st is 00:30 on 1 November in Moscow: a November lead.
		this.l5 = c.lead(this.direct, c.marketer, "2026-10-31T21:30:00Z", null);
		c.closeLead(this.l2, "LOST", "NOT_TARGET");

		String c1 = c.client("Volga Logistics");
		String c2 = c.client("Ural Metal");
		String c3 = c.client("Neva Print");
		c.deal(c2, null, c.hunter2, "2026-09-10", "40000.00", "30000.00");
		c.deal(c1, this.l1, c.hunter, "2026-10-05", "100000.00", "60000.00");
		c.deal(c1, null, c.farmer, "2026-10-20", "20000.00", "5000.00");
		c.deal(c2, null, c.farmer, "2026-10-12", "30000.00", "10000.00");
		c.deal(c2, null, c.farmer, "2026-10-25", "10000.00", "2000.00");
		// An October lead that converts in November, sold at a loss.
		c.deal(c3, this.l3, c.hunter2, "2026-11-03", "50000.00", "55000.00");
		// A repeat deal: not a new client.
		c.deal(c1, null, c.hunter, "2026-11-10", "10000.00", "4000.00");

		c.sharedGoal("2026-10", "200000.00", "90000.00");
		c.sharedGoal("2026-11", "130000.00", "40000.00");
		c.plan(c.marketer, "2026-10", "LEADS", "5");
		c.plan(c.marketer, "2026-10", "COST_PER_LEAD", "1200");
		c.plan(c.marketer, "2026-10", "LEAD_CONVERSION", "0.4");
		c.plan(c.marketer2, "2026-10", "COST_PER_LEAD", "900");
		c.plan(c.hunter, "2026-11", "TURNOVER", "30000");
		c.plan(c.hunter2, "2026-11", "TURNOVER", "100000");
	}

	@Test
	void companyTotalsOfAClosedMonth() {
		GraphQlTester.Response r = dashboard(this.company.owner, "2026-10");
		r.path("dashboard.turnover").entity(String.class).isEqualTo("160000.00");
		r.path("dashboard.grossMargin").entity(String.class).isEqualTo("83000.00");
		r.path("dashboard.marginPercent").entity(Double.class).isEqualTo(0.51875);
		r.path("dashboard.leads").entity(Integer.class).isEqualTo(4);
		r.path("dashboard.spend").entity(String.class).isEqualTo("5500.50");
		r.path("dashboard.costPerLead").entity(String.class).isEqualTo("1375.13");
		r.path("dashboard.leadConversion").entity(Double.class).isEqualTo(0.5);
		r.path("dashboard.newClients").entity(Integer.class).isEqualTo(1);
		r.path("dashboard.goal.turnoverTarget").entity(String.class).isEqualTo("200000.00");
		r.path("dashboard.turnoverKpi.completion").entity(Double.class).isEqualTo(0.8);
		// A closed month: met or missed, no pace verdict (SPEC §7).
		r.path("dashboard.turnoverKpi.status").entity(String.class).isEqualTo("MISSED");
		r.path("dashboard.grossMarginKpi.actual").entity(String.class).isEqualTo("83000.00");
		r.path("dashboard.grossMarginKpi.status").entity(String.class).isEqualTo("MISSED");
	}

	@Test
	void aLeadMarkedWonWithoutADealIsNoConversionUntilItsDealIsRecorded() {
		// October: l1 and l3 have deals (2 of 4). l4 is marked WON by hand: still 2 of 4.
		this.company.closeLead(this.l4, "WON", null);
		dashboard(this.company.owner, "2026-10").path("dashboard.leadConversion").entity(Double.class).isEqualTo(0.5);
		// Its deal is recorded in November: the October cohort now converts 3 of 4.
		this.company.deal(this.company.client("Kama Foods"), this.l4, this.company.hunter, "2026-11-05", "1000.00",
				"500.00");
		dashboard(this.company.owner, "2026-10").path("dashboard.leadConversion").entity(Double.class).isEqualTo(0.75);
	}

	@Test
	void marketerKpisWithCostPerLeadLowerIsBetter() {
		GraphQlTester.Response r = kpis(this.company.owner, this.company.marketer, "2026-10");
		kpi(r, 0, "LEADS", "4", "5");
		r.path("employeeKpis.kpis[0].completion").entity(Double.class).isEqualTo(0.8);
		r.path("employeeKpis.kpis[0].expectedByNow").entity(String.class).isEqualTo("5.00");
		r.path("employeeKpis.kpis[0].forecast").entity(String.class).isEqualTo("4.00");
		r.path("employeeKpis.kpis[0].requiredDailyPace").valueIsNull();
		r.path("employeeKpis.kpis[0].status").entity(String.class).isEqualTo("MISSED");
		kpi(r, 1, "COST_PER_LEAD", "1125.13", "1200.00");
		r.path("employeeKpis.kpis[1].completion").entity(Double.class).isEqualTo(1.066543);
		r.path("employeeKpis.kpis[1].status").entity(String.class).isEqualTo("ACHIEVED");
		kpi(r, 2, "LEAD_CONVERSION", "0.5000", "0.4000");
		r.path("employeeKpis.kpis[2].completion").entity(Double.class).isEqualTo(1.25);
		r.path("employeeKpis.kpis[2].status").entity(String.class).isEqualTo("ACHIEVED");
		kpi(r, 3, "ATTRIBUTED_TURNOVER", "100000.00", null);
		r.path("employeeKpis.kpis[3].status").entity(String.class).isEqualTo("NO_PLAN");
		kpi(r, 4, "ATTRIBUTED_MARGIN", "40000.00", null);
		r.path("employeeKpis.contribution.turnoverShare").valueIsNull();
		r.path("employeeKpis.contribution.attributedTurnoverShare").entity(Double.class).isEqualTo(0.625);
		r.path("employeeKpis.contribution.attributedMarginShare").entity(Double.class).isEqualTo(0.481928);
		r.path("employeeKpis.contribution.attributedShareOfTarget").entity(Double.class).isEqualTo(0.5);
		r.path("employeeKpis.contribution.attributedTurnover").entity(String.class).isEqualTo("100000.00");
		r.path("employeeKpis.contribution.attributedGrossMargin").entity(String.class).isEqualTo("40000.00");
		r.path("employeeKpis.contribution.turnover").valueIsNull();
	}

	@Test
	void zeroLeadsLeaveCostPerLeadAndConversionUndefined() {
		GraphQlTester.Response r = kpis(this.company.owner, this.company.marketer2, "2026-10");
		kpi(r, 0, "LEADS", "0", null);
		r.path("employeeKpis.kpis[1].metric").entity(String.class).isEqualTo("COST_PER_LEAD");
		r.path("employeeKpis.kpis[1].actual").valueIsNull();
		r.path("employeeKpis.kpis[1].completion").valueIsNull();
		r.path("employeeKpis.kpis[1].status").entity(String.class).isEqualTo("NO_DATA");
		r.path("employeeKpis.kpis[2].actual").valueIsNull();
	}

	@Test
	void hunterAndFarmerKpis() {
		GraphQlTester.Response hunter = kpis(this.company.owner, this.company.hunter, "2026-10");
		kpi(hunter, 0, "NEW_CLIENTS", "1", null);
		kpi(hunter, 1, "TURNOVER", "100000.00", null);
		kpi(hunter, 2, "GROSS_MARGIN", "40000.00", null);
		hunter.path("employeeKpis.contribution.turnoverShare").entity(Double.class).isEqualTo(0.625);
		hunter.path("employeeKpis.contribution.marginShare").entity(Double.class).isEqualTo(0.481928);
		hunter.path("employeeKpis.contribution.shareOfTarget").entity(Double.class).isEqualTo(0.5);
		hunter.path("employeeKpis.contribution.attributedTurnoverShare").valueIsNull();
		// The same shares in money; a deal counts for the salesperson and for its lead's
		// marketer.
		hunter.path("employeeKpis.contribution.turnover").entity(String.class).isEqualTo("100000.00");
		hunter.path("employeeKpis.contribution.grossMargin").entity(String.class).isEqualTo("40000.00");
		hunter.path("employeeKpis.contribution.attributedTurnover").valueIsNull();

		GraphQlTester.Response farmer = kpis(this.company.owner, this.company.farmer, "2026-10");
		kpi(farmer, 0, "TURNOVER", "60000.00", null);
		kpi(farmer, 1, "GROSS_MARGIN", "43000.00", null);
		// Ural Metal had a deal in September; Volga Logistics' first deal was this month.
		kpi(farmer, 2, "ACTIVE_CLIENTS", "1", null);
		farmer.path("employeeKpis.contribution.turnoverShare").entity(Double.class).isEqualTo(0.375);
		farmer.path("employeeKpis.contribution.marginShare").entity(Double.class).isEqualTo(0.518072);
	}

	@Test
	void leadConvertingInALaterMonthCountsForItsCohortAndTheDealsMonth() {
		GraphQlTester.Response november = kpis(this.company.owner, this.company.marketer, "2026-11");
		kpi(november, 0, "LEADS", "1", null);
		kpi(november, 1, "COST_PER_LEAD", "999.99", null);
		kpi(november, 2, "LEAD_CONVERSION", "0.0000", null);
		kpi(november, 3, "ATTRIBUTED_TURNOVER", "50000.00", null);
		kpi(november, 4, "ATTRIBUTED_MARGIN", "-5000.00", null);
	}

	@Test
	void negativeMarginAndRepeatDealThatIsNoNewClient() {
		GraphQlTester.Response hunter2 = kpis(this.company.owner, this.company.hunter2, "2026-11");
		kpi(hunter2, 0, "NEW_CLIENTS", "1", null);
		kpi(hunter2, 2, "GROSS_MARGIN", "-5000.00", null);
		GraphQlTester.Response hunter = kpis(this.company.owner, this.company.hunter, "2026-11");
		kpi(hunter, 0, "NEW_CLIENTS", "0", null);
		kpi(hunter, 1, "TURNOVER", "10000.00", "30000.00");
		GraphQlTester.Response r = dashboard(this.company.owner, "2026-11");
		r.path("dashboard.turnover").entity(String.class).isEqualTo("60000.00");
		r.path("dashboard.grossMargin").entity(String.class).isEqualTo("1000.00");
		r.path("dashboard.newClients").entity(Integer.class).isEqualTo(1);
	}

	@Test
	void paceInTheMiddleOfTheMonth() {
		// 15 November in Moscow: 15 of 30 days have begun, f = 0.5, 16 days left
		// including today.
		GraphQlTester.Response hunter = kpis(this.company.owner, this.company.hunter, "2026-11");
		hunter.path("employeeKpis.kpis[1].completion").entity(Double.class).isEqualTo(0.333333);
		hunter.path("employeeKpis.kpis[1].expectedByNow").entity(String.class).isEqualTo("15000.00");
		hunter.path("employeeKpis.kpis[1].forecast").entity(String.class).isEqualTo("20000.00");
		hunter.path("employeeKpis.kpis[1].requiredDailyPace").entity(String.class).isEqualTo("1250.00");
		hunter.path("employeeKpis.kpis[1].status").entity(String.class).isEqualTo("BEHIND");
		GraphQlTester.Response hunter2 = kpis(this.company.owner, this.company.hunter2, "2026-11");
		hunter2.path("employeeKpis.kpis[1].forecast").entity(String.class).isEqualTo("100000.00");
		hunter2.path("employeeKpis.kpis[1].requiredDailyPace").entity(String.class).isEqualTo("3125.00");
		hunter2.path("employeeKpis.kpis[1].status").entity(String.class).isEqualTo("ON_TRACK");
		GraphQlTester.Response team = dashboard(this.company.owner, "2026-11");
		team.path("dashboard.turnoverKpi.forecast").entity(String.class).isEqualTo("120000.00");
		team.path("dashboard.turnoverKpi.status").entity(String.class).isEqualTo("AT_RISK");
	}

	@Test
	void paceFollowsTheClockAndTheCompanyTimeZone() {
		// 23:30 UTC on 14 November is already the 15th in Moscow: same answer as at noon.
		this.clock.set(Instant.parse("2026-11-14T21:30:00Z"));
		this.company.signInAgain();
		kpis(this.company.owner, this.company.hunter, "2026-11").path("employeeKpis.kpis[1].expectedByNow")
			.entity(String.class)
			.isEqualTo("15000.00");
		// The last day: f = 1, one day left.
		this.clock.set(Instant.parse("2026-11-30T12:00:00Z"));
		this.company.signInAgain();
		GraphQlTester.Response r = kpis(this.company.owner, this.company.hunter, "2026-11");
		r.path("employeeKpis.kpis[1].forecast").entity(String.class).isEqualTo("10000.00");
		r.path("employeeKpis.kpis[1].requiredDailyPace").entity(String.class).isEqualTo("20000.00");
		// A future month: nothing to forecast yet, and too early for a verdict on a plan.
		GraphQlTester.Response december = kpis(this.company.owner, this.company.hunter, "2026-12");
		december.path("employeeKpis.kpis[1].forecast").valueIsNull();
		december.path("employeeKpis.kpis[1].status").entity(String.class).isEqualTo("NO_PLAN");
		this.company.plan(this.company.hunter, "2026-12", "TURNOVER", "30000");
		kpis(this.company.owner, this.company.hunter, "2026-12").path("employeeKpis.kpis[1].status")
			.entity(String.class)
			.isEqualTo("EARLY");
	}

	@Test
	void funnelAndChannelTable() {
		GraphQlTester.Response r = dashboard(this.company.owner, "2026-10");
		step(r, 0, "SPEND", "5500.50");
		step(r, 1, "LEADS", "4");
		step(r, 2, "LEADS_ASSIGNED", "3");
		r.path("dashboard.funnel.steps[2].conversionFromPrevious").entity(Double.class).isEqualTo(0.75);
		step(r, 3, "LEADS_WON", "2");
		r.path("dashboard.funnel.steps[3].conversionFromPrevious").entity(Double.class).isEqualTo(0.666667);
		step(r, 4, "DEALS", "2");
		step(r, 5, "TURNOVER", "150000.00");
		step(r, 6, "GROSS_MARGIN", "35000.00");

		// Channels by name: SMM, Yandex Direct.
		r.path("dashboard.channels[1].channel.name").entity(String.class).isEqualTo("Yandex Direct");
		r.path("dashboard.channels[1].spend").entity(String.class).isEqualTo("4500.50");
		r.path("dashboard.channels[1].leads").entity(Integer.class).isEqualTo(4);
		r.path("dashboard.channels[1].costPerLead").entity(String.class).isEqualTo("1125.13");
		r.path("dashboard.channels[1].notTargetShare").entity(Double.class).isEqualTo(0.333333);
		r.path("dashboard.channels[1].conversion").entity(Double.class).isEqualTo(0.5);
		r.path("dashboard.channels[1].attributedTurnover").entity(String.class).isEqualTo("100000.00");
		r.path("dashboard.channels[1].attributedMargin").entity(String.class).isEqualTo("40000.00");
		r.path("dashboard.channels[1].romi").entity(Double.class).isEqualTo(7.887901);
		r.path("dashboard.channels[0].channel.name").entity(String.class).isEqualTo("SMM");
		r.path("dashboard.channels[0].costPerLead").valueIsNull();
		r.path("dashboard.channels[0].notTargetShare").valueIsNull();
		r.path("dashboard.channels[0].romi").entity(Double.class).isEqualTo(-1.0);
	}

	@Test
	void channelWithoutSpendHasNoRomiAndAFreeLead() {
		Company c = this.company;
		String referrals = c.channel("Referrals");
		c.lead(referrals, c.marketer2, "2026-11-02T12:00:00+03:00", null);
		GraphQlTester.Response r = dashboard(c.owner, "2026-11");
		r.path("dashboard.channels[0].channel.name").entity(String.class).isEqualTo("Referrals");
		r.path("dashboard.channels[0].spend").entity(String.class).isEqualTo("0.00");
		r.path("dashboard.channels[0].costPerLead").entity(String.class).isEqualTo("0.00");
		r.path("dashboard.channels[0].romi").valueIsNull();
	}

	@Test
	void salesSharesSumToOneAmongSalespeople() {
		GraphQlTester.Response r = dashboard(this.company.owner, "2026-10");
		double sum = r.path("dashboard.members[*].contribution.turnoverShare")
			.entityList(Double.class)
			.get()
			.stream()
			.filter(java.util.Objects::nonNull)
			.mapToDouble(Double::doubleValue)
			.sum();
		org.assertj.core.api.Assertions.assertThat(sum).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
	}

	@Test
	void aQuarterSumsItsMonthsAndRecomputesRatiosFromTheSums() {
		GraphQlTester.Response r = this.company.owner.graphql()
			.document("query { dashboard(period: \"2026-09\", to: \"2026-11\") { "
					+ "turnover leads spend costPerLead leadConversion newClients goal { turnoverTarget } "
					+ "turnoverKpi { target forecast expectedByNow } "
					+ "members { employee { fullName } kpis { metric actual target } } } }")
			.execute();
		r.path("dashboard.turnover").entity(String.class).isEqualTo("260000.00");
		r.path("dashboard.leads").entity(Integer.class).isEqualTo(5);
		r.path("dashboard.newClients").entity(Integer.class).isEqualTo(3);
		// 2 of the quarter's 5 leads converted: 0.4, not the average of October's 0.5 and
		// November's 0.
		r.path("dashboard.leadConversion").entity(Double.class).isEqualTo(0.4);
		// (5500.50 + 999.99) / 5; Anna's own: (4500.50 + 999.99) / 5.
		r.path("dashboard.costPerLead").entity(String.class).isEqualTo("1300.10");
		r.path("dashboard.members[0].kpis[1].actual").entity(String.class).isEqualTo("1100.10");
		r.path("dashboard.goal.turnoverTarget").entity(String.class).isEqualTo("330000.00");
		// 76 of the quarter's 91 days have begun: 260000 × 91 / 76.
		r.path("dashboard.turnoverKpi.forecast").entity(String.class).isEqualTo("311315.79");
		r.path("dashboard.members[0].employee.fullName").entity(String.class).isEqualTo("Anna Marketer");
		r.path("dashboard.members[0].kpis[0].actual").entity(String.class).isEqualTo("5");
		r.path("dashboard.members[0].kpis[0].target").entity(String.class).isEqualTo("5");
		r.path("dashboard.members[0].kpis[1].target").entity(String.class).isEqualTo("1200.00");
		app.tandem.support.Refusals.assertRefused(this.company, this.company.owner.graphql(),
				"query { dashboard(period: \"2026-11\", to: \"2026-09\") { turnover } }", java.util.Map.of(),
				"BAD_REQUEST", "to");
	}

	private GraphQlTester.Response dashboard(Company.Member viewer, String period) {
		return viewer.graphql().documentName("dashboard").variable("period", period).execute();
	}

	private GraphQlTester.Response kpis(Company.Member viewer, Company.Member employee, String period) {
		return viewer.graphql()
			.documentName("employeeKpis")
			.variable("employeeId", employee.idString())
			.variable("period", period)
			.execute();
	}

	private static void kpi(GraphQlTester.Response r, int index, String metric, String actual, String target) {
		String kpi = "employeeKpis.kpis[" + index + "]";
		r.path(kpi + ".metric").entity(String.class).isEqualTo(metric);
		r.path(kpi + ".actual").entity(String.class).isEqualTo(actual);
		if (target == null) {
			r.path(kpi + ".target").valueIsNull();
		}
		else {
			r.path(kpi + ".target").entity(String.class).isEqualTo(target);
		}
	}

	private static void step(GraphQlTester.Response r, int index, String stage, String value) {
		r.path("dashboard.funnel.steps[" + index + "].stage").entity(String.class).isEqualTo(stage);
		r.path("dashboard.funnel.steps[" + index + "].value").entity(String.class).isEqualTo(value);
	}

}
