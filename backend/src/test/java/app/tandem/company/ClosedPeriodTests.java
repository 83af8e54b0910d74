package app.tandem.company;

import java.util.Map;

import app.tandem.support.Company;
import app.tandem.support.Company.Member;
import app.tandem.support.Refusals;
import app.tandem.support.TandemTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14 item 1: an owner closes a month that is over; from then on nothing dated in it
 * changes — no record written, corrected, voided or moved into it, no plan set — for
 * anyone, owners included, until an owner reopens it with a reason. Closes and reopens
 * are kept with who, when and why. The test clock is 15 November 2026.
 */
@TandemTest
class ClosedPeriodTests {

	static final String CLOSE = "mutation($p: YearMonth!) { closePeriod(period: $p) { period closedBy { id } closedAt } }";

	static final String REOPEN = """
			mutation($i: ReopenPeriodInput!) { reopenPeriod(input: $i) { period action reason changedBy { id } } }""";

	static final String DEAL = "mutation($i: RecordDealInput!) { recordDeal(input: $i) { id } }";

	static final String UPDATE_DEAL = "mutation($i: UpdateDealInput!) { updateDeal(input: $i) { id closedOn } }";

	static final String VOID_DEAL = "mutation($i: VoidDealInput!) { voidDeal(input: $i) { id } }";

	static final String SPEND = "mutation($i: RecordSpendInput!) { recordSpend(input: $i) { id } }";

	static final String LEAD = "mutation($i: RecordLeadInput!) { recordLead(input: $i) { id } }";

	static final String GOAL = "mutation($i: SetSharedGoalInput!) { setSharedGoal(input: $i) { version } }";

	static final String PLAN = "mutation($i: SetPersonalPlanInput!) { setPersonalPlan(input: $i) { id } }";

	@Autowired
	Company company;

	String direct;

	String client;

	String octoberDeal;

	String novemberDeal;

	@BeforeEach
	void octoberAndNovember() {
		Company c = this.company.reset();
		this.direct = c.channel("Direct");
		this.client = c.client("Volga Logistics");
		this.octoberDeal = c.deal(this.client, null, c.hunter, "2026-10-10", "80000.00", "40000.00");
		this.novemberDeal = c.deal(this.client, null, c.hunter, "2026-11-10", "50000.00", "20000.00");
		c.spend(this.direct, c.marketer, "2026-10-05", "3000.00");
		c.sharedGoal("2026-10", "100000.00", "40000.00");
	}

	@Test
	void aClosedMonthIsReadOnlyForEveryoneOwnersIncluded() {
		Company c = this.company;
		c.owner.graphql()
			.document(CLOSE)
			.variable("p", "2026-10")
			.execute()
			.path("closePeriod.period")
			.entity(String.class)
			.isEqualTo("2026-10")
			.path("closePeriod.closedBy.id")
			.entity(String.class)
			.isEqualTo(c.owner.idString());

		for (Member who : new Member[] { c.owner, c.hunter }) {
			refused(who, DEAL, Map.of("clientId", this.client, "salespersonId", c.hunter.idString(), "closedOn",
					"2026-10-20", "revenue", "1000.00", "cost", "500.00"), "closedOn");
			refused(who, UPDATE_DEAL, Map.of("id", this.octoberDeal, "revenue", "90000.00"), "id");
			// Moving a deal of an open month into the closed one.
			refused(who, UPDATE_DEAL, Map.of("id", this.novemberDeal, "closedOn", "2026-10-31"), "closedOn");
			refused(who, VOID_DEAL, Map.of("id", this.octoberDeal, "reason", "typo"), "id");
		}
		refused(c.owner, SPEND, Map.of("channelId", this.direct, "marketerId", c.marketer.idString(), "day",
				"2026-10-31", "amount", "10.00"), "day");
		refused(c.owner, LEAD, Map.of("channelId", this.direct, "marketerId", c.marketer.idString(), "createdAt",
				"2026-10-31T23:59:00+03:00"), "createdAt");
		refused(c.owner, GOAL, Map.of("period", "2026-10", "turnoverTarget", "1.00", "grossMarginTarget", "1.00"),
				"period");
		refused(c.owner, PLAN,
				Map.of("employeeId", c.hunter.idString(), "period", "2026-10", "metric", "TURNOVER", "target", "1.00"),
				"period");

		// November stays open: its records and plans still change, and 1 November 00:00
		// Moscow is November.
		c.deal(this.client, null, c.hunter, "2026-11-01", "1000.00", "500.00");
		c.lead(this.direct, c.marketer, "2026-11-01T00:00:00+03:00", null);
		c.plan(c.hunter, "2026-11", "TURNOVER", "100000");
		// Everyone can see which months are closed.
		c.hunter.graphql()
			.document("{ closedPeriods { period } }")
			.execute()
			.path("closedPeriods[*].period")
			.entityList(String.class)
			.containsExactly("2026-10");
	}

	@Test
	void reopeningNeedsAReasonAndIsKept() {
		Company c = this.company;
		c.owner.graphql().document(CLOSE).variable("p", "2026-10").execute().path("closePeriod.period").hasValue();
		Refusals.assertRefused(c, c.owner.graphql(), REOPEN, Map.of("i", Map.of("period", "2026-10")), "BAD_REQUEST",
				"reason");
		Refusals.assertRefused(c, c.owner.graphql(), REOPEN, Map.of("i", Map.of("period", "2026-10", "reason", "   ")),
				"BAD_REQUEST", "reason");
		Refusals.assertRefused(c, c.owner.graphql(), REOPEN,
				Map.of("i", Map.of("period", "2026-10", "reason", "x".repeat(501))), "BAD_REQUEST", "reason");
		c.owner.graphql()
			.document(REOPEN)
			.variable("i", Map.of("period", "2026-10", "reason", "A late invoice from Volga Logistics"))
			.execute()
			.path("reopenPeriod.action")
			.entity(String.class)
			.isEqualTo("REOPEN")
			.path("reopenPeriod.reason")
			.entity(String.class)
			.isEqualTo("A late invoice from Volga Logistics");

		// Open again: the owner corrects October.
		c.owner.graphql()
			.document(UPDATE_DEAL)
			.variable("i", Map.of("id", this.octoberDeal, "revenue", "90000.00"))
			.execute()
			.path("updateDeal.id")
			.hasValue();
		c.owner.graphql()
			.document(
					"{ periodCloseHistory { period action reason changedBy { id } changedAt } closedPeriods { period } }")
			.execute()
			.path("periodCloseHistory[*].action")
			.entityList(String.class)
			.containsExactly("REOPEN", "CLOSE")
			.path("periodCloseHistory[1].reason")
			.valueIsNull()
			.path("periodCloseHistory[0].changedBy.id")
			.entity(String.class)
			.isEqualTo(c.owner.idString())
			.path("closedPeriods")
			.entityList(Object.class)
			.hasSize(0);
		// Reopening a month that is not closed says so.
		Refusals.assertRefused(c, c.owner.graphql(), REOPEN,
				Map.of("i", Map.of("period", "2026-10", "reason", "again")), "BAD_REQUEST", "period");
	}

	@Test
	void onlyOwnersCloseAndOnlyMonthsThatAreOver() {
		Company c = this.company;
		Refusals.assertRefused(c, c.owner.graphql(), CLOSE, Map.of("p", "2026-11"), "BAD_REQUEST", "period");
		Refusals.assertRefused(c, c.owner.graphql(), CLOSE, Map.of("p", "2027-01"), "BAD_REQUEST", "period");
		for (Member who : new Member[] { c.hunter, c.marketer, c.farmer }) {
			Refusals.assertRefused(c, who.graphql(), CLOSE, Map.of("p", "2026-10"), "FORBIDDEN", null);
			Refusals.assertRefused(c, who.graphql(), "{ periodCloseHistory { period } }", Map.of(), "FORBIDDEN", null);
		}
		c.owner.graphql().document(CLOSE).variable("p", "2026-10").execute().path("closePeriod.period").hasValue();
		Refusals.assertRefused(c, c.owner.graphql(), CLOSE, Map.of("p", "2026-10"), "BAD_REQUEST", "period");
		Refusals.assertRefused(c, c.hunter.graphql(), REOPEN,
				Map.of("i", Map.of("period", "2026-10", "reason", "mine")), "FORBIDDEN", null);
	}

	private void refused(Member who, String document, Map<String, Object> input, String field) {
		Refusals.assertRefused(this.company, who.graphql(), document, Map.of("i", input), "FORBIDDEN", field);
	}

}
