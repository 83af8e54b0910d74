package app.tandem.analytics;

import java.util.Map;

import app.tandem.support.Company;
import app.tandem.support.Company.Member;
import app.tandem.support.TandemTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reverse funnel for December 2026 ("today" is 15 November, so the history is August
 * to October): 40 leads, 10 lead-sourced deals and 2 farmer deals of 100000.00 each (cost
 * 70000.00), spend 200000.00; Ivan sold 6, Sergey 3, Maria 3 → average deal 100000.00,
 * conversion 0.25, CPL 5000.00, margin 30 %.
 */
@TandemTest
class PlanFromGoalTests {

	static final String SUGGEST = """
			query($p: YearMonth!, $t: Decimal!) { planFromGoal(period: $p, turnoverTarget: $t) { %s } }""";

	static final String FIELDS = """
			period turnoverTarget historyFrom historyTo hasHistory averageDeal dealsPerLead leadConversion conversion
			costPerLead marginPercent requiredDeals requiredLeads requiredBudget expectedMargin grossMarginTarget
			split { employee { fullName } metric share target }
			changes { employee { fullName } metric current proposed }""";

	@Autowired
	Company company;

	@Autowired
	app.tandem.support.TestClock clock;

	@Test
	void theReverseFunnelFromThreeClosedMonths() {
		history();
		GraphQlTester.Response r = suggest("1000000.01");
		r.path("planFromGoal.historyFrom").entity(String.class).isEqualTo("2026-08");
		r.path("planFromGoal.historyTo").entity(String.class).isEqualTo("2026-10");
		r.path("planFromGoal.averageDeal").entity(String.class).isEqualTo("100000.00");
		r.path("planFromGoal.dealsPerLead").entity(Double.class).isEqualTo(0.25);
		r.path("planFromGoal.leadConversion").entity(Double.class).isEqualTo(0.25);
		// The cohort: 10 of the 40 leads have a deal.
		r.path("planFromGoal.conversion").entity(Double.class).isEqualTo(0.25);
		r.path("planFromGoal.costPerLead").entity(String.class).isEqualTo("5000.00");
		r.path("planFromGoal.marginPercent").entity(Double.class).isEqualTo(0.3);
		// ⌈1000000.01 / 100000⌉ = 11 deals; ⌈11 / 0.25⌉ = 44 leads; 44 × 5000 =
		// 220000.00; 30 % margin.
		r.path("planFromGoal.requiredDeals").entity(Integer.class).isEqualTo(11);
		r.path("planFromGoal.requiredLeads").entity(Integer.class).isEqualTo(44);
		r.path("planFromGoal.requiredBudget").entity(String.class).isEqualTo("220000.00");
		r.path("planFromGoal.expectedMargin").entity(String.class).isEqualTo("300000.00");
	}

	@Test
	void theSplitFollowsEachPersonsShareAndLosesNoKopeck() {
		history();
		GraphQlTester.Response r = suggest("1000000.01");
		// Turnover shares 50 / 25 / 25 %: 500000.005 rounds down for all, the leftover
		// kopeck goes to
		// the largest remainder.
		assertThat(targets(r, "TURNOVER")).containsExactly(Map.entry("Ivan Hunter", "500000.01"),
				Map.entry("Sergey Hunter", "250000.00"), Map.entry("Maria Farmer", "250000.00"));
		assertThat(targets(r, "LEADS")).containsExactly(Map.entry("Anna Marketer", "33"),
				Map.entry("Dmitry Marketer", "11"));
		assertThat(targets(r, "COST_PER_LEAD")).containsEntry("Anna Marketer", "5000.00");
		assertThat(targets(r, "LEAD_CONVERSION")).containsEntry("Dmitry Marketer", "0.2500");
		// Every KPI of each position: Ivan won the one new client; Sergey, with none,
		// would weigh as much as
		// Ivan, but one client cannot be split. ⌈1 × (1000000.01 / 400000.00) / 3⌉ = 1
		// each.
		assertThat(targets(r, "NEW_CLIENTS")).containsExactly(Map.entry("Ivan Hunter", "1"));
		assertThat(targets(r, "ACTIVE_CLIENTS")).containsExactly(Map.entry("Maria Farmer", "1"));
	}

	@Test
	void theSuggestionSaysWhatApplyingItChanges() {
		history();
		this.company.sharedGoal("2026-12", "900000.00", "250000.00");
		this.company.plan(this.company.hunter, "2026-12", "TURNOVER", "400000");
		GraphQlTester.Response r = suggest("1000000.01");
		r.path("planFromGoal.grossMarginTarget").entity(String.class).isEqualTo("300000.00");
		r.path("planFromGoal.changes[0].employee").valueIsNull();
		r.path("planFromGoal.changes[0].metric").entity(String.class).isEqualTo("TURNOVER");
		r.path("planFromGoal.changes[0].current").entity(String.class).isEqualTo("900000.00");
		r.path("planFromGoal.changes[0].proposed").entity(String.class).isEqualTo("1000000.01");
		// The margin goal changes too, and says so.
		r.path("planFromGoal.changes[1].metric").entity(String.class).isEqualTo("GROSS_MARGIN");
		r.path("planFromGoal.changes[1].current").entity(String.class).isEqualTo("250000.00");
		r.path("planFromGoal.changes[1].proposed").entity(String.class).isEqualTo("300000.00");
		r.path("planFromGoal.changes[2].employee.fullName").entity(String.class).isEqualTo("Ivan Hunter");
		r.path("planFromGoal.changes[2].current").entity(String.class).isEqualTo("400000.00");
		r.path("planFromGoal.changes[2].proposed").entity(String.class).isEqualTo("500000.01");
		r.path("planFromGoal.changes").entityList(Object.class).hasSize(2 + 14);
	}

	@Test
	void planCoverageAddsUpThePersonalPlansAgainstTheGoal() {
		history();
		Company c = this.company;
		c.sharedGoal("2026-12", "1000000.01", "300000.00");
		c.plan(c.hunter, "2026-12", "TURNOVER", "500000");
		c.plan(c.hunter2, "2026-12", "TURNOVER", "250000");
		c.plan(c.farmer, "2026-12", "TURNOVER", "150000");
		c.plan(c.hunter, "2026-12", "GROSS_MARGIN", "100000");
		c.plan(c.marketer, "2026-12", "LEADS", "30");
		c.plan(c.marketer2, "2026-12", "LEADS", "10");
		String query = "query($p: YearMonth!) { planCoverage(period: $p) { period turnoverTarget plannedTurnover "
				+ "turnoverCoverage grossMarginTarget plannedGrossMargin grossMarginCoverage plannedLeads requiredLeads "
				+ "leadsCoverage } }";
		c.owner.graphql()
			.document(query)
			.variable("p", "2026-12")
			.execute()
			.path("planCoverage.plannedTurnover")
			.entity(String.class)
			.isEqualTo("900000.00")
			.path("planCoverage.turnoverCoverage")
			.entity(Double.class)
			.isEqualTo(0.9)
			.path("planCoverage.plannedGrossMargin")
			.entity(String.class)
			.isEqualTo("100000.00")
			.path("planCoverage.grossMarginCoverage")
			.entity(Double.class)
			.isEqualTo(0.333333)
			.path("planCoverage.plannedLeads")
			.entity(Integer.class)
			.isEqualTo(40)
			// The reverse funnel of the goal needs 44 leads (see
			// theReverseFunnelFromThreeClosedMonths).
			.path("planCoverage.requiredLeads")
			.entity(Integer.class)
			.isEqualTo(44)
			.path("planCoverage.leadsCoverage")
			.entity(Double.class)
			.isEqualTo(0.909091);
		c.owner.graphql()
			.document(query)
			.variable("p", "2027-01")
			.execute()
			.path("planCoverage.turnoverTarget")
			.valueIsNull()
			.path("planCoverage.turnoverCoverage")
			.valueIsNull()
			.path("planCoverage.requiredLeads")
			.valueIsNull()
			.path("planCoverage.plannedTurnover")
			.entity(String.class)
			.isEqualTo("0.00");
		app.tandem.support.Refusals.assertRefused(c, c.marketer.graphql(), query, Map.of("p", "2026-12"), "FORBIDDEN",
				null);
	}

	@Test
	void closedMonthsAreNotPlanned() {
		history();
		app.tandem.support.Refusals.assertRefused(this.company, this.company.owner.graphql(),
				SUGGEST.formatted("requiredDeals"), Map.of("p", "2026-10", "t", "1000"), "BAD_REQUEST", "period");
		app.tandem.support.Refusals.assertRefused(this.company, this.company.owner.graphql(),
				"mutation { applyPlanFromGoal(period: \"2026-10\", turnoverTarget: \"1000\") { requiredLeads } }",
				Map.of(), "BAD_REQUEST", "period");
		// The current month may still be planned.
		suggest("2026-11", "1000").path("planFromGoal.period").entity(String.class).isEqualTo("2026-11");
	}

	@Test
	void withoutHistoryTheTargetIsSplitEvenly() {
		this.company.reset();
		GraphQlTester.Response r = suggest("1000000.01");
		r.path("planFromGoal.hasHistory").entity(Boolean.class).isEqualTo(false);
		r.path("planFromGoal.averageDeal").valueIsNull();
		r.path("planFromGoal.requiredDeals").valueIsNull();
		r.path("planFromGoal.requiredLeads").valueIsNull();
		assertThat(targets(r, "TURNOVER")).containsExactly(Map.entry("Ivan Hunter", "333333.34"),
				Map.entry("Sergey Hunter", "333333.34"), Map.entry("Maria Farmer", "333333.33"));
	}

	@Test
	void applyingWritesTheGoalThePlansTheirHistoryAndTheBaseline() {
		history();
		this.company.owner.graphql()
			.document(
					"mutation { applyPlanFromGoal(period: \"2026-12\", turnoverTarget: \"1000000.01\") { requiredLeads } }")
			.execute()
			.path("applyPlanFromGoal.requiredLeads")
			.entity(Integer.class)
			.isEqualTo(44);
		this.company.owner.graphql()
			.document("{ sharedGoal(period: \"2026-12\") { turnoverTarget grossMarginTarget } "
					+ "personalPlans(period: \"2026-12\") { employee { fullName } metric target } "
					+ "planHistory(period: \"2026-12\") { metric } "
					+ "varianceDecomposition(period: \"2026-12\") { baselineSource baseline { leads turnover } } }")
			.execute()
			.path("sharedGoal.turnoverTarget")
			.entity(String.class)
			.isEqualTo("1000000.01")
			.path("sharedGoal.grossMarginTarget")
			.entity(String.class)
			.isEqualTo("300000.00")
			.path("personalPlans")
			.entityList(Object.class)
			.hasSize(3 + 3 + 1 + 1 + 2 + 2 + 2)
			.path("planHistory")
			.entityList(Object.class)
			.hasSize(2 + 14);
		// Once December is over, it is compared with the whole applied plan.
		this.clock.set(java.time.Instant.parse("2027-01-10T09:00:00Z"));
		this.company.signInAgain();
		this.company.owner.graphql()
			.document("{ varianceDecomposition(period: \"2026-12\") { baselineSource baseline { leads turnover } } }")
			.execute()
			.path("varianceDecomposition.baselineSource")
			.entity(String.class)
			.isEqualTo("APPLIED_PLAN")
			.path("varianceDecomposition.baseline.leads")
			.entity(Integer.class)
			.isEqualTo(44)
			// 44 leads × 0.25 × 100000.00
			.path("varianceDecomposition.baseline.turnover")
			.entity(String.class)
			.isEqualTo("1100000.00");
	}

	@Test
	void onlyOwnersPlan() {
		app.tandem.support.Refusals.assertRefused(this.company.reset(), this.company.hunter.graphql(),
				SUGGEST.formatted("requiredDeals"), Map.of("p", "2026-12", "t", "1000"), "FORBIDDEN", null);
		app.tandem.support.Refusals.assertRefused(this.company, this.company.owner.graphql(),
				SUGGEST.formatted("requiredDeals"), Map.of("p", "2026-12", "t", "-5"), "BAD_REQUEST", "turnoverTarget");
	}

	private void history() {
		Company c = this.company.reset();
		String channel = c.channel("Direct");
		String client = c.client("Volga Logistics");
		c.spend(channel, c.marketer, "2026-08-05", "200000.00");
		Member[] sellers = { c.hunter, c.hunter, c.hunter, c.hunter, c.hunter, c.hunter, c.hunter2, c.hunter2,
				c.hunter2, c.farmer };
		for (int i = 0; i < 40; i++) {
			Member marketer = i < 30 ? c.marketer : c.marketer2;
			String month = i < 20 ? "2026-08" : "2026-09";
			Member seller = i < 10 ? sellers[i] : null;
			String lead = c.lead(channel, marketer, month + "-0" + (1 + i % 9) + "T10:00:00+03:00", seller);
			if (seller != null) {
				c.deal(client, lead, seller, "2026-09-20", "100000.00", "70000.00");
			}
		}
		c.deal(client, null, c.farmer, "2026-10-05", "100000.00", "70000.00");
		c.deal(client, null, c.farmer, "2026-10-06", "100000.00", "70000.00");
	}

	private GraphQlTester.Response suggest(String target) {
		return suggest("2026-12", target);
	}

	private GraphQlTester.Response suggest(String period, String target) {
		return this.company.owner.graphql()
			.document(SUGGEST.formatted(FIELDS))
			.variable("p", period)
			.variable("t", target)
			.execute();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> targets(GraphQlTester.Response r, String metric) {
		Map<String, String> targets = new java.util.LinkedHashMap<>();
		for (Map<String, Object> share : r.path("planFromGoal.split").entityList(Map.class).get()) {
			if (metric.equals(share.get("metric"))) {
				targets.put((String) ((Map<String, Object>) share.get("employee")).get("fullName"),
						(String) share.get("target"));
			}
		}
		return targets;
	}

}
