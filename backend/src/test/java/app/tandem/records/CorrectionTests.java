package app.tandem.records;

import java.util.HashMap;
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
 * SPEC §7 "Corrections": a correction and a void move every figure that depends on the
 * record — KPIs, contribution, the funnel, the channel table and the matrix — and the
 * record's history keeps every step. "Today" is 15 November 2026.
 *
 * Anna's Direct: spend 3000.00 on 1 November; leads L1 (2 Nov) and L2 (3 Nov), both
 * handed to Ivan; Ivan's deal D on L1, 5 November, 100000.00 / 60000.00, for Volga
 * Logistics.
 */
@TandemTest
class CorrectionTests {

	@Autowired
	Company company;

	String direct;

	String spend;

	String l1;

	String l2;

	String volga;

	String deal;

	@BeforeEach
	void november() {
		Company c = this.company.reset();
		this.direct = c.channel("Direct");
		this.spend = c.spend(this.direct, c.marketer, "2026-11-01", "3000.00");
		this.l1 = c.lead(this.direct, c.marketer, "2026-11-02T10:00:00+03:00", c.hunter);
		this.l2 = c.lead(this.direct, c.marketer, "2026-11-03T10:00:00+03:00", c.hunter);
		this.volga = c.client("Volga Logistics");
		this.deal = c.deal(this.volga, this.l1, c.hunter, "2026-11-05", "100000.00", "60000.00");
	}

	@Test
	void aCorrectedDealMovesEveryFigure() {
		Company c = this.company;
		GraphQlTester.Response before = figures();
		kpi(before, "ivan", 1, "100000.00");
		kpi(before, "anna", 3, "100000.00");
		// The salesperson corrects their own deal of this month.
		update(c.hunter, Map.of("id", this.deal, "expectedVersion", 0, "revenue", "120000.00"))
			.path("updateDeal.revenue")
			.entity(String.class)
			.isEqualTo("120000.00")
			.path("updateDeal.grossMargin")
			.entity(String.class)
			.isEqualTo("60000.00")
			.path("updateDeal.version")
			.entity(Integer.class)
			.isEqualTo(1);
		GraphQlTester.Response after = figures();
		kpi(after, "ivan", 1, "120000.00");
		kpi(after, "ivan", 2, "60000.00");
		after.path("ivan.contribution.turnover").entity(String.class).isEqualTo("120000.00");
		kpi(after, "anna", 3, "120000.00");
		kpi(after, "anna", 4, "60000.00");
		after.path("anna.contribution.attributedTurnover").entity(String.class).isEqualTo("120000.00");
		after.path("dashboard.turnover").entity(String.class).isEqualTo("120000.00");
		after.path("dashboard.funnel.steps[5].value").entity(String.class).isEqualTo("120000.00");
		after.path("dashboard.channels[0].attributedTurnover").entity(String.class).isEqualTo("120000.00");
		// (60000 − 3000) / 3000
		after.path("dashboard.channels[0].romi").entity(Double.class).isEqualTo(19.0);
		// The same version again is stale now: nothing changes.
		Refusals.assertRefused(c, c.hunter.graphql(), updateDocument(),
				Map.of("input", Map.of("id", this.deal, "expectedVersion", 0, "revenue", "1.00")), "CONFLICT",
				"expectedVersion");
	}

	@Test
	void movingADealToAnotherLeadReopensTheFirstAndWinsTheSecond() {
		Company c = this.company;
		update(c.hunter, Map.of("id", this.deal, "leadId", this.l2)).path("updateDeal.lead.id")
			.entity(String.class)
			.isEqualTo(this.l2);
		GraphQlTester.Response leads = c.owner.graphql()
			.document("query { leads(first: 10) { edges { node { id status closedAt } } } }")
			.execute();
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> nodes = leads.path("leads.edges[*].node")
			.entityList(Map.class)
			.get()
			.stream()
			.map((m) -> (Map<String, Object>) m)
			.toList();
		assertThat(nodes).anySatisfy((n) -> {
			assertThat(n.get("id")).isEqualTo(this.l1);
			assertThat(n.get("status")).isEqualTo("OPEN");
			assertThat(n.get("closedAt")).isNull();
		});
		assertThat(nodes).anySatisfy((n) -> {
			assertThat(n.get("id")).isEqualTo(this.l2);
			assertThat(n.get("status")).isEqualTo("WON");
			assertThat(n.get("closedAt")).isNotNull();
		});
		// Still one converted lead of two in the matrix and the cohort.
		GraphQlTester.Response f = figures();
		f.path("conversionMatrix.channels[0].converted").entity(Integer.class).isEqualTo(1);
		f.path("dashboard.leadConversion").entity(Double.class).isEqualTo(0.5);
	}

	@Test
	void aVoidTakesTheDealOutOfEveryFigureAndKeepsItInHistory() {
		Company c = this.company;
		update(c.hunter, Map.of("id", this.deal, "revenue", "120000.00"));
		c.owner.graphql()
			.documentName("voidDeal")
			.variable("input", Map.of("id", this.deal, "reason", "Entered twice by mistake"))
			.execute()
			.path("voidDeal.voided")
			.entity(Boolean.class)
			.isEqualTo(true);
		GraphQlTester.Response f = figures();
		kpi(f, "ivan", 0, "0");
		kpi(f, "ivan", 1, "0.00");
		kpi(f, "anna", 2, "0.0000");
		kpi(f, "anna", 3, "0.00");
		f.path("dashboard.turnover").entity(String.class).isEqualTo("0.00");
		f.path("dashboard.newClients").entity(Integer.class).isEqualTo(0);
		f.path("dashboard.leadConversion").entity(Double.class).isEqualTo(0.0);
		f.path("dashboard.funnel.steps[4].value").entity(String.class).isEqualTo("0");
		f.path("dashboard.channels[0].conversion").entity(Double.class).isEqualTo(0.0);
		f.path("conversionMatrix.channels[0].cells[0].converted").entity(Integer.class).isEqualTo(0);
		// The lead is open again, the client acquired by no one; the deal is listed only
		// when asked for.
		c.owner.graphql()
			.document("""
					{ deals(first: 10) { totalCount } voided: deals(first: 10, filter: {voided: true}) {
					  totalCount edges { node { id voided } } }
					  clients(first: 10) { edges { node { acquiredBy { id } } } } }""")
			.execute()
			.path("deals.totalCount")
			.entity(Integer.class)
			.isEqualTo(0)
			.path("voided.totalCount")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("clients.edges[0].node.acquiredBy")
			.valueIsNull();
		GraphQlTester.Response history = c.hunter.graphql()
			.documentName("recordHistory")
			.variable("kind", "DEAL")
			.variable("id", this.deal)
			.execute();
		history.path("recordHistory[*].action")
			.entityList(String.class)
			.containsExactly("CREATED", "UPDATED", "VOIDED");
		history.path("recordHistory[0].by.fullName").entity(String.class).isEqualTo("Olga Owner");
		history.path("recordHistory[1].by.fullName").entity(String.class).isEqualTo("Ivan Hunter");
		history.path("recordHistory[1].changes[0].field").entity(String.class).isEqualTo("revenue");
		history.path("recordHistory[1].changes[0].from").entity(String.class).isEqualTo("100000.00");
		history.path("recordHistory[1].changes[0].to").entity(String.class).isEqualTo("120000.00");
		history.path("recordHistory[2].reason").entity(String.class).isEqualTo("Entered twice by mistake");
		// A voided deal is not corrected or voided again.
		Refusals.assertRefused(c, c.owner.graphql(), updateDocument(),
				Map.of("input", Map.of("id", this.deal, "revenue", "1.00")), "BAD_REQUEST", "id");
		// The lead's history shows the deal's effects.
		c.owner.graphql()
			.documentName("recordHistory")
			.variable("kind", "LEAD")
			.variable("id", this.l1)
			.execute()
			.path("recordHistory[*].action")
			.entityList(String.class)
			.containsExactly("CREATED", "UPDATED", "UPDATED");
	}

	@Test
	void aVoidedSpendLeavesCostPerLeadAndTheChannelTable() {
		Company c = this.company;
		c.marketer.graphql()
			.document("mutation($i: VoidSpendInput!) { voidSpend(input: $i) { voided } }")
			.variable("i", Map.of("id", this.spend, "reason", "Wrong cabinet"))
			.execute()
			.path("voidSpend.voided")
			.entity(Boolean.class)
			.isEqualTo(true);
		GraphQlTester.Response f = figures();
		kpi(f, "anna", 1, "0.00");
		f.path("dashboard.spend").entity(String.class).isEqualTo("0.00");
		f.path("dashboard.channels[0].romi").valueIsNull();
	}

	@Test
	void whoMayCorrectWhat() {
		Company c = this.company;
		// Not the marketer, not another salesperson (whom the deal is invisible to), not
		// a salesperson's own deal to someone else.
		Refusals.assertRefused(c, c.marketer.graphql(), updateDocument(),
				Map.of("input", Map.of("id", this.deal, "revenue", "1.00")), "FORBIDDEN", "id");
		Refusals.assertRefused(c, c.hunter2.graphql(), updateDocument(),
				Map.of("input", Map.of("id", this.deal, "revenue", "1.00")), "NOT_FOUND", "id");
		Refusals.assertRefused(c, c.hunter.graphql(), updateDocument(),
				Map.of("input", Map.of("id", this.deal, "salespersonId", c.hunter2.idString())), "FORBIDDEN",
				"salespersonId");
		// An employee rewrites only the current and previous month; an owner may go
		// further.
		String repeat = c.deal(this.volga, null, c.hunter, "2026-11-07", "5000.00", "1000.00");
		Refusals.assertRefused(c, c.hunter.graphql(), updateDocument(),
				Map.of("input", Map.of("id", repeat, "closedOn", "2026-09-30")), "FORBIDDEN", "closedOn");
		update(c.hunter, Map.of("id", repeat, "closedOn", "2026-10-01")).path("updateDeal.closedOn")
			.entity(String.class)
			.isEqualTo("2026-10-01");
		update(c.owner, Map.of("id", repeat, "closedOn", "2026-09-30")).path("updateDeal.closedOn")
			.entity(String.class)
			.isEqualTo("2026-09-30");
		Map<String, Object> clear = new HashMap<>();
		clear.put("id", this.deal);
		clear.put("closedOn", null);
		Refusals.assertRefused(c, c.hunter.graphql(), updateDocument(), Map.of("input", clear), "BAD_REQUEST",
				"closedOn");
		// The lead came in on 2 November: its deal cannot close before.
		Refusals.assertRefused(c, c.owner.graphql(), updateDocument(),
				Map.of("input", Map.of("id", this.deal, "closedOn", "2026-08-01")), "BAD_REQUEST", "closedOn");
	}

	@Test
	void aClientsAcquisitionCannotBeTakenByBackdating() {
		Company c = this.company;
		c.owner.graphql()
			.document("mutation($i: UpdateClientInput!) { updateClient(input: $i) { accountManager { id } } }")
			.variable("i", Map.of("id", this.volga, "accountManagerId", c.farmer.idString()))
			.execute()
			.path("updateClient.accountManager.id")
			.entity(String.class)
			.isEqualTo(c.farmer.idString());
		Map<String, Object> early = new HashMap<>(
				Map.of("clientId", this.volga, "closedOn", "2026-11-01", "revenue", "10.00", "cost", "1.00"));
		Refusals.assertRefused(c, c.farmer.graphql(), "mutation($i: RecordDealInput!) { recordDeal(input: $i) { id } }",
				Map.of("i", early), "FORBIDDEN", "closedOn");
		// After the first deal, the farmer's repeat sale is fine; Ivan keeps the client.
		early.put("closedOn", "2026-11-06");
		c.farmer.graphql()
			.document("mutation($i: RecordDealInput!) { recordDeal(input: $i) { id } }")
			.variable("i", early)
			.execute()
			.path("recordDeal.id")
			.hasValue();
		c.owner.graphql()
			.document("query { clients(first: 5) { edges { node { acquiredBy { id } } } } }")
			.execute()
			.path("clients.edges[0].node.acquiredBy.id")
			.entity(String.class)
			.isEqualTo(c.hunter.idString());
	}

	@Test
	void aWonLeadIsHandedOnOnlyByAnOwnerAndAChannelIsChangedOnlyByItsMarketer() {
		Company c = this.company;
		Refusals.assertRefused(c, c.marketer.graphql(),
				"mutation($i: AssignLeadInput!) { assignLead(input: $i) { id } }",
				Map.of("i", Map.of("leadId", this.l1, "assigneeId", c.hunter2.idString())), "FORBIDDEN", "assigneeId");
		String smm = c.channel("SMM");
		c.owner.graphql()
			.document("mutation($i: UpdateChannelInput!) { updateChannel(input: $i) { marketer { id } } }")
			.variable("i", Map.of("id", smm, "marketerId", c.marketer2.idString()))
			.execute()
			.path("updateChannel.marketer.id")
			.entity(String.class)
			.isEqualTo(c.marketer2.idString());
		Refusals.assertRefused(c, c.marketer.graphql(), "mutation($id: ID!) { archiveChannel(id: $id) { archived } }",
				Map.of("id", smm), "FORBIDDEN", "id");
		c.marketer2.graphql()
			.document("mutation($id: ID!) { archiveChannel(id: $id) { archived version } }")
			.variable("id", smm)
			.execute()
			.path("archiveChannel.archived")
			.entity(Boolean.class)
			.isEqualTo(true);
		c.marketer2.graphql()
			.document("mutation($i: UpdateChannelInput!) { updateChannel(input: $i) { archived } }")
			.variable("i", Map.of("id", smm, "archived", false))
			.execute()
			.path("updateChannel.archived")
			.entity(Boolean.class)
			.isEqualTo(false);
	}

	@Test
	void moneyHasASaneUpperBound() {
		Company c = this.company;
		Refusals.assertRefused(c, c.owner.graphql(), updateDocument(),
				Map.of("input", Map.of("id", this.deal, "cost", "100000000000.01")), "BAD_REQUEST", "cost");
		update(c.owner, Map.of("id", this.deal, "cost", "100000000000.00")).path("updateDeal.grossMargin")
			.entity(String.class)
			.isEqualTo("-99999900000.00");
	}

	private GraphQlTester.Response update(Member who, Map<String, Object> input) {
		return who.graphql().documentName("updateDeal").variable("input", input).execute();
	}

	private static String updateDocument() {
		return """
				mutation($input: UpdateDealInput!) { updateDeal(input: $input) { id } }""";
	}

	private GraphQlTester.Response figures() {
		Company c = this.company;
		return c.owner.graphql()
			.documentName("figures")
			.variable("period", "2026-11")
			.variable("ivan", c.hunter.idString())
			.variable("anna", c.marketer.idString())
			.execute();
	}

	private static void kpi(GraphQlTester.Response r, String who, int index, String actual) {
		r.path(who + ".kpis[" + index + "].actual").entity(String.class).isEqualTo(actual);
	}

}
