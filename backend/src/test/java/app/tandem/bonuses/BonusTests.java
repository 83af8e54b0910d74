package app.tandem.bonuses;

import java.util.List;
import java.util.Map;

import app.tandem.support.Company;
import app.tandem.support.Company.Member;
import app.tandem.support.Refusals;
import app.tandem.support.TandemTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §9 through the API, with the figures of docs/bonuses.md. "Today" is 15 November
 * 2026 (f = 0.5). November: shared goal 200000.00 turnover / 80000.00 margin; Ivan
 * (hunter) sold 60000.00 (margin 30000.00) to a new client on Anna's lead, Maria (farmer)
 * 40000.00 (margin 20000.00): the company is at 100000.00 / 50000.00. Anna (marketer)
 * spent 3000.00 on 4 leads.
 */
@TandemTest
class BonusTests {

	static final String SET = """
			mutation($i: SetBonusSchemeInput!) {
			  setBonusScheme(input: $i) { id position targetBonus sharedMetric gate cap weights { metric weight } version }
			}""";

	static final String BONUS = """
			query($e: ID!, $p: YearMonth!) {
			  bonus(employeeId: $e, period: $p) { employee { id } period targetBonus sharedCompletion sharedFactor
			    personalScore payout forecastPayout reason closed components { metric weight completion capped } }
			}""";

	static final String RUN = """
			query($p: YearMonth!) {
			  bonusRun(period: $p) { period total grossMargin totalShareOfMargin closed
			    bonuses { employee { id } payout reason closed } }
			}""";

	static final String CLOSE = """
			mutation($p: YearMonth!) { closeBonusPeriod(period: $p) { period total grossMargin totalShareOfMargin closed
			  bonuses { employee { id } payout } } }""";

	@Autowired
	Company company;

	String octoberDeal;

	@BeforeEach
	void november() {
		Company c = this.company.reset();
		String direct = c.channel("Direct");
		c.spend(direct, c.marketer, "2026-11-02", "3000.00");
		String lead = c.lead(direct, c.marketer, "2026-11-02T10:00:00+03:00", c.hunter);
		c.lead(direct, c.marketer, "2026-11-03T10:00:00+03:00", c.hunter);
		c.lead(direct, c.marketer, "2026-11-04T10:00:00+03:00", c.hunter);
		c.lead(direct, c.marketer, "2026-11-05T10:00:00+03:00", null);
		c.deal(c.client("Volga Logistics"), lead, c.hunter, "2026-11-06", "60000.00", "30000.00");
		c.deal(c.client("Kama Foods"), null, c.farmer, "2026-11-07", "40000.00", "20000.00");
		c.sharedGoal("2026-11", "200000.00", "80000.00");
		c.plan(c.hunter, "2026-11", "TURNOVER", "100000");
		c.plan(c.hunter, "2026-11", "GROSS_MARGIN", "40000");
		c.plan(c.hunter, "2026-11", "NEW_CLIENTS", "2");
		c.plan(c.marketer, "2026-11", "LEADS", "10");
		c.plan(c.marketer, "2026-11", "COST_PER_LEAD", "1000");
		// October: Ivan sold 80000.00 (margin 40000.00) to a new client against a goal of
		// 100000.00 / 40000.00.
		this.octoberDeal = c.deal(c.client("Oka Timber"), null, c.hunter, "2026-10-10", "80000.00", "40000.00");
		c.sharedGoal("2026-10", "100000.00", "40000.00");
		c.plan(c.hunter, "2026-10", "TURNOVER", "100000");
		c.plan(c.hunter, "2026-10", "GROSS_MARGIN", "40000");
		c.plan(c.hunter, "2026-10", "NEW_CLIENTS", "1");
		set(hunterScheme(0.4, 0)).path("setBonusScheme.version").entity(Integer.class).isEqualTo(1);
		set(Map.of("position", "MARKETER", "targetBonus", "30000.00", "sharedMetric", "GROSS_MARGIN", "gate", 0.7,
				"cap", 1.2, "weights",
				List.of(Map.of("metric", "LEADS", "weight", 0.6), Map.of("metric", "COST_PER_LEAD", "weight", 0.4)),
				"expectedVersion", 0));
	}

	@Test
	void aSalespersonsBonusSoFarAndAtThisPace() {
		Company c = this.company;
		// s = 100000 / 200000 = 0.5 ≥ gate 0.4 → factor 0.5; score 0.5 × 0.6 + 0.3 × 0.75
		// + 0.2 × 0.5 = 0.625.
		GraphQlTester.Response r = bonus(c.hunter, c.hunter, "2026-11");
		r.path("bonus.sharedCompletion").entity(Double.class).isEqualTo(0.5);
		r.path("bonus.sharedFactor").entity(Double.class).isEqualTo(0.5);
		r.path("bonus.personalScore").entity(Double.class).isEqualTo(0.625);
		r.path("bonus.components[0].metric").entity(String.class).isEqualTo("TURNOVER");
		r.path("bonus.components[0].completion").entity(Double.class).isEqualTo(0.6);
		r.path("bonus.components[1].completion").entity(Double.class).isEqualTo(0.75);
		r.path("bonus.components[2].completion").entity(Double.class).isEqualTo(0.5);
		// 50000 × 0.5 × 0.625
		r.path("bonus.payout").entity(String.class).isEqualTo("15625.00");
		// At this pace: s 1.0, completions 1.2, 1.5, 1.0 → score 1.25 → 50000 × 1.0 ×
		// 1.25.
		r.path("bonus.forecastPayout").entity(String.class).isEqualTo("62500.00");
		r.path("bonus.reason").valueIsNull();
		r.path("bonus.closed").entity(Boolean.class).isEqualTo(false);
	}

	@Test
	void aMarketerIsGatedOnTheSalesPlanAndCappedOnCostPerLead() {
		Company c = this.company;
		// Margin s = 50000 / 80000 = 0.625 < gate 0.7 → nothing, whatever Anna's own
		// numbers.
		GraphQlTester.Response r = bonus(c.marketer, c.marketer, "2026-11");
		r.path("bonus.sharedCompletion").entity(Double.class).isEqualTo(0.625);
		r.path("bonus.sharedFactor").entity(Double.class).isEqualTo(0.0);
		// LEADS 4 / 10 = 0.4; cost per lead 1000 / 750 = 1.333333, capped at 1.2 → 0.6 ×
		// 0.4 + 0.4 × 1.2 = 0.72.
		r.path("bonus.components[1].metric").entity(String.class).isEqualTo("COST_PER_LEAD");
		r.path("bonus.components[1].completion").entity(Double.class).isEqualTo(1.333333);
		r.path("bonus.components[1].capped").entity(Double.class).isEqualTo(1.2);
		r.path("bonus.personalScore").entity(Double.class).isEqualTo(0.72);
		r.path("bonus.payout").entity(String.class).isEqualTo("0.00");
		// At this pace the margin reaches 1.25, capped 1.2; leads 0.8 → 30000 × 1.2 ×
		// (0.48 + 0.48).
		r.path("bonus.forecastPayout").entity(String.class).isEqualTo("34560.00");
		// With the gate exactly at 0.625 the bonus is paid: 30000 × 0.625 × 0.72.
		set(Map.of("position", "MARKETER", "targetBonus", "30000.00", "sharedMetric", "GROSS_MARGIN", "gate", 0.625,
				"cap", 1.2, "weights",
				List.of(Map.of("metric", "LEADS", "weight", 0.6), Map.of("metric", "COST_PER_LEAD", "weight", 0.4)),
				"expectedVersion", 1))
			.path("setBonusScheme.version")
			.entity(Integer.class)
			.isEqualTo(2);
		bonus(c.marketer, c.marketer, "2026-11").path("bonus.payout").entity(String.class).isEqualTo("13500.00");
	}

	@Test
	void whyABonusIsNull() {
		Company c = this.company;
		// Maria: no FARMER scheme; Sergey: a scheme but no plan; December: no shared
		// goal.
		bonus(c.owner, c.farmer, "2026-11").path("bonus.reason")
			.entity(String.class)
			.isEqualTo("NO_SCHEME")
			.path("bonus.payout")
			.valueIsNull();
		bonus(c.owner, c.hunter2, "2026-11").path("bonus.reason")
			.entity(String.class)
			.isEqualTo("NO_PLAN")
			.path("bonus.payout")
			.valueIsNull()
			.path("bonus.components[0].capped")
			.entity(Double.class)
			.isEqualTo(0.0);
		bonus(c.owner, c.hunter, "2026-12").path("bonus.reason")
			.entity(String.class)
			.isEqualTo("NO_SHARED_GOAL")
			.path("bonus.payout")
			.valueIsNull();
		bonus(c.owner, c.owner, "2026-11").path("bonus.reason").entity(String.class).isEqualTo("NO_SCHEME");
	}

	@Test
	void aClosedRunIsFrozen() {
		Company c = this.company;
		// October: s = 0.8, completions 0.8, 1.0, 1.0 → 0.9 → 50000 × 0.8 × 0.9 =
		// 36000.00; Anna has no plan.
		c.owner.graphql()
			.document(RUN)
			.variable("p", "2026-10")
			.execute()
			.path("bonusRun.total")
			.entity(String.class)
			.isEqualTo("36000.00")
			.path("bonusRun.closed")
			.entity(Boolean.class)
			.isEqualTo(false);
		c.owner.graphql()
			.document(CLOSE)
			.variable("p", "2026-10")
			.execute()
			.path("closeBonusPeriod.total")
			.entity(String.class)
			.isEqualTo("36000.00")
			.path("closeBonusPeriod.grossMargin")
			.entity(String.class)
			.isEqualTo("40000.00")
			.path("closeBonusPeriod.totalShareOfMargin")
			.entity(Double.class)
			.isEqualTo(0.9)
			.path("closeBonusPeriod.closed")
			.entity(Boolean.class)
			.isEqualTo(true);
		// A later correction of October moves the KPIs but not the paid bonus.
		c.owner.graphql()
			.document("mutation($i: UpdateDealInput!) { updateDeal(input: $i) { revenue } }")
			.variable("i", Map.of("id", this.octoberDeal, "revenue", "100000.00"))
			.execute()
			.path("updateDeal.revenue")
			.entity(String.class)
			.isEqualTo("100000.00");
		bonus(c.hunter, c.hunter, "2026-10").path("bonus.payout")
			.entity(String.class)
			.isEqualTo("36000.00")
			.path("bonus.closed")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("bonus.components[0].completion")
			.entity(Double.class)
			.isEqualTo(0.8);
		c.owner.graphql()
			.document(RUN)
			.variable("p", "2026-10")
			.execute()
			.path("bonusRun.total")
			.entity(String.class)
			.isEqualTo("36000.00")
			.path("bonusRun.closed")
			.entity(Boolean.class)
			.isEqualTo(true);
		// Closed once; and only months that are over.
		Refusals.assertRefused(c, c.owner.graphql(), CLOSE, Map.of("p", "2026-10"), "CONFLICT", "period");
		Refusals.assertRefused(c, c.owner.graphql(), CLOSE, Map.of("p", "2026-11"), "BAD_REQUEST", "period");
	}

	@Test
	void aColleaguesBonusIsNeverShown() {
		Company c = this.company;
		for (Member who : new Member[] { c.marketer, c.hunter2, c.farmer }) {
			Refusals.assertRefused(c, who.graphql(), BONUS, Map.of("e", c.hunter.idString(), "p", "2026-11"),
					"FORBIDDEN", "employeeId");
		}
		Refusals.assertRefused(c, c.hunter.graphql(), RUN, Map.of("p", "2026-11"), "FORBIDDEN", null);
	}

	@Test
	void badSchemesAreRefusedAtTheirField() {
		Company c = this.company;
		refused(Map.of("weights", List.of(Map.of("metric", "TURNOVER", "weight", 0.5))), "weights");
		refused(Map.of("weights", List.of(Map.of("metric", "LEADS", "weight", 1.0))), "weights");
		refused(Map.of("weights",
				List.of(Map.of("metric", "TURNOVER", "weight", 0.0), Map.of("metric", "GROSS_MARGIN", "weight", 1.0))),
				"weights");
		refused(Map.of("weights",
				List.of(Map.of("metric", "TURNOVER", "weight", 0.5), Map.of("metric", "TURNOVER", "weight", 0.5))),
				"weights");
		refused(Map.of("gate", 1.5), "gate");
		refused(Map.of("cap", 0.5), "cap");
		refused(Map.of("sharedMetric", "LEADS"), "sharedMetric");
		refused(Map.of("targetBonus", "-1.00"), "targetBonus");
		refused(Map.of("targetBonus", "1.005"), "targetBonus");
		// Someone changed the scheme since version 0.
		Map<String, Object> stale = new java.util.HashMap<>(hunterScheme(0.5, 0));
		Refusals.assertRefused(c, c.owner.graphql(), SET, Map.of("i", stale), "CONFLICT", "expectedVersion");
		// Only owners.
		Refusals.assertRefused(c, c.hunter.graphql(), SET, Map.of("i", hunterScheme(0.1, 1)), "FORBIDDEN", null);
	}

	@Test
	void everySchemeChangeIsKeptWithWhoAndWhen() {
		Company c = this.company;
		set(hunterScheme(0.5, 1)).path("setBonusScheme.version").entity(Integer.class).isEqualTo(2);
		String history = """
				query($p: Position) { bonusSchemeHistory(position: $p) {
				  position field oldValue newValue changedBy { id } changedAt } }""";
		c.owner.graphql()
			.document(history)
			.variable("p", "HUNTER")
			.execute()
			.path("bonusSchemeHistory[0].field")
			.entity(String.class)
			.isEqualTo("gate")
			.path("bonusSchemeHistory[0].oldValue")
			.entity(String.class)
			.isEqualTo("0.4")
			.path("bonusSchemeHistory[0].newValue")
			.entity(String.class)
			.isEqualTo("0.5")
			.path("bonusSchemeHistory[0].changedBy.id")
			.entity(String.class)
			.isEqualTo(c.owner.idString())
			.path("bonusSchemeHistory[0].changedAt")
			.entity(String.class)
			.satisfies((at) -> assertThat(at).startsWith("2026-11-"))
			// First set: five fields from nothing; then the one gate change. Newest
			// first.
			.path("bonusSchemeHistory")
			.entityList(Object.class)
			.hasSize(6)
			.path("bonusSchemeHistory[5].oldValue")
			.valueIsNull()
			.path("bonusSchemeHistory[*].position")
			.entityList(String.class)
			.containsExactly("HUNTER", "HUNTER", "HUNTER", "HUNTER", "HUNTER", "HUNTER");
		c.owner.graphql().document(history).execute().path("bonusSchemeHistory").entityList(Object.class).hasSize(11);
		// Owners only.
		for (Member who : new Member[] { c.hunter, c.marketer }) {
			Refusals.assertRefused(c, who.graphql(), history, Map.of(), "FORBIDDEN", null);
		}
	}

	private void refused(Map<String, Object> change, String field) {
		Map<String, Object> input = new java.util.HashMap<>(hunterScheme(0.4, 1));
		input.putAll(change);
		Refusals.assertRefused(this.company, this.company.owner.graphql(), SET, Map.of("i", input), "BAD_REQUEST",
				field);
	}

	private static Map<String, Object> hunterScheme(double gate, int expectedVersion) {
		return Map.of("position", "HUNTER", "targetBonus", "50000.00", "sharedMetric", "TURNOVER", "gate", gate, "cap",
				1.5, "weights",
				List.of(Map.of("metric", "TURNOVER", "weight", 0.5), Map.of("metric", "GROSS_MARGIN", "weight", 0.3),
						Map.of("metric", "NEW_CLIENTS", "weight", 0.2)),
				"expectedVersion", expectedVersion);
	}

	private GraphQlTester.Response set(Map<String, Object> input) {
		return this.company.owner.graphql().document(SET).variable("i", input).execute();
	}

	private static GraphQlTester.Response bonus(Member viewer, Member whose, String period) {
		return viewer.graphql().document(BONUS).variable("e", whose.idString()).variable("p", period).execute();
	}

}
