package app.tandem.handoffs;

import java.time.Instant;
import java.util.Map;

import app.tandem.support.Company;
import app.tandem.support.Company.Member;
import app.tandem.support.Refusals;
import app.tandem.support.TandemTest;
import app.tandem.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * SPEC §12: a marketer contests a NOT_TARGET mark, the owner upholds or overturns it, and
 * the channel table and the matrix count only the marks that stand. "Today" is 15
 * November 2026, 09:00 UTC, when every lead is recorded and handed over.
 *
 * Anna's Direct, November: L1 (15 Nov 07:00 UTC) and L2 (05:00) handed to Ivan and marked
 * NOT_TARGET by him at 12:00; L3 (14 Nov 09:00) handed to Ivan and won at 12:00; L4
 * (08:00) handed to Sergey, NOT_TARGET at 18:00. Closed: 4; NOT_TARGET marks: 3.
 */
@TandemTest
class DisputeTests {

	static final String CONTEST = """
			mutation($i: ContestLostReasonInput!) {
			  contestLostReason(input: $i) { id status comment openedBy { id } lead { id lostReason } verdict resolvedBy { id } }
			}""";

	static final String RESOLVE = """
			mutation($i: ResolveDisputeInput!) {
			  resolveDispute(input: $i) { id status verdict resolution resolvedBy { id } resolvedAt lead { id lostReason } }
			}""";

	static final String FIGURES = """
			query($p: YearMonth!) {
			  dashboard(period: $p) { channels { notTargetShare contestedNotTarget } }
			  conversionMatrix(period: $p) { channels { notTargetShare converted leads } }
			}""";

	static final String CLOSE = """
			mutation($i: CloseLeadInput!) { closeLead(input: $i) { id status lostReason } }""";

	@Autowired
	Company company;

	@Autowired
	TestClock clock;

	String direct;

	String l1;

	String l2;

	String l3;

	String l4;

	@BeforeEach
	void november() {
		Company c = this.company.reset();
		this.direct = c.channel("Direct");
		this.l1 = c.lead(this.direct, c.marketer, "2026-11-15T07:00:00Z", c.hunter);
		this.l2 = c.lead(this.direct, c.marketer, "2026-11-15T05:00:00Z", c.hunter);
		this.l3 = c.lead(this.direct, c.marketer, "2026-11-14T09:00:00Z", c.hunter);
		this.l4 = c.lead(this.direct, c.marketer, "2026-11-15T08:00:00Z", c.hunter2);
		at("2026-11-15T12:00:00Z");
		close(c.hunter, this.l1, "LOST", "NOT_TARGET");
		close(c.hunter, this.l2, "LOST", "NOT_TARGET");
		c.deal(c.client("Volga Logistics"), this.l3, c.hunter, "2026-11-15", "100000.00", "60000.00");
		at("2026-11-15T18:00:00Z");
		close(this.company.hunter2, this.l4, "LOST", "NOT_TARGET");
	}

	@Test
	void contestThenUpholdThenOverturn() {
		Company c = this.company;
		figures(0.75, 0);
		// Anna contests L1: the mark stops counting against Direct until the owner rules.
		String first = contest(c.marketer, this.l1, "They asked for a quote, then went silent")
			.path("contestLostReason.status")
			.entity(String.class)
			.isEqualTo("OPEN")
			.path("contestLostReason.openedBy.id")
			.entity(String.class)
			.isEqualTo(c.marketer.idString())
			.path("contestLostReason.lead.lostReason")
			.entity(String.class)
			.isEqualTo("NOT_TARGET")
			.path("contestLostReason.id")
			.entity(String.class)
			.get();
		// 2 standing marks of 4 closed leads; 1 contested.
		figures(0.5, 1);
		// While contested, the salesperson cannot change the mark.
		Refusals.assertRefused(c, c.hunter.graphql(), CLOSE,
				Map.of("i", Map.of("leadId", this.l1, "status", "LOST", "lostReason", "OTHER")), "CONFLICT", "status");
		// The owner upholds: the mark counts again.
		resolve(first, "UPHELD", "The number was a competitor's").path("resolveDispute.status")
			.entity(String.class)
			.isEqualTo("RESOLVED")
			.path("resolveDispute.verdict")
			.entity(String.class)
			.isEqualTo("UPHELD")
			.path("resolveDispute.resolution")
			.entity(String.class)
			.isEqualTo("The number was a competitor's")
			.path("resolveDispute.resolvedBy.id")
			.entity(String.class)
			.isEqualTo(c.owner.idString())
			.path("resolveDispute.resolvedAt")
			.hasValue()
			.path("resolveDispute.lead.lostReason")
			.entity(String.class)
			.isEqualTo("NOT_TARGET");
		figures(0.75, 0);
		// Anna contests L2; the owner overturns: its reason becomes OTHER, a selling
		// loss.
		String second = contest(c.marketer, this.l2, "A real buyer: budget and deadline confirmed")
			.path("contestLostReason.id")
			.entity(String.class)
			.get();
		figures(0.5, 1);
		resolve(second, "OVERTURNED", "A fair lead; follow up next time").path("resolveDispute.verdict")
			.entity(String.class)
			.isEqualTo("OVERTURNED")
			.path("resolveDispute.lead.lostReason")
			.entity(String.class)
			.isEqualTo("OTHER");
		figures(0.5, 0);
		// The salesperson cannot undo the ruling; the owner still can.
		Refusals.assertRefused(c, c.hunter.graphql(), CLOSE,
				Map.of("i", Map.of("leadId", this.l2, "status", "LOST", "lostReason", "NOT_TARGET")), "FORBIDDEN",
				"lostReason");
		// The lead's history keeps both steps, the ruling with the owner's comment.
		GraphQlTester.Response history = c.owner.graphql()
			.document(
					"query($id: ID!) { recordHistory(kind: LEAD, id: $id) { action by { id } reason changes { field from to } } }")
			.variable("id", this.l2)
			.execute();
		history.path("recordHistory[-2].changes[0].field").entity(String.class).isEqualTo("disputeStatus");
		history.path("recordHistory[-2].changes[0].to").entity(String.class).isEqualTo("OPEN");
		history.path("recordHistory[-1].reason").entity(String.class).isEqualTo("A fair lead; follow up next time");
		history.path("recordHistory[-1].changes[0].field").entity(String.class).isEqualTo("lostReason");
		history.path("recordHistory[-1].changes[0].to").entity(String.class).isEqualTo("OTHER");
		// The lead shows its latest dispute.
		c.marketer.graphql()
			.document("query { leads(first: 10) { edges { node { id dispute { verdict comment } } } } }")
			.execute()
			.path("leads.edges[?(@.node.id == '" + this.l2 + "')].node.dispute.verdict")
			.entityList(String.class)
			.containsExactly("OVERTURNED");
	}

	@Test
	void whoSeesWhichDisputes() {
		Company c = this.company;
		String first = contest(c.marketer, this.l1, "Not spam: a real request").path("contestLostReason.id")
			.entity(String.class)
			.get();
		contest(c.marketer, this.l4, "Sergey never called back").path("contestLostReason.id").hasValue();
		resolve(first, "UPHELD", "Spam after all");
		String list = "query($s: DisputeStatus) { disputes(status: $s, first: 10) { totalCount edges { node { lead { id } } } } }";
		count(c.owner, list, null, 2);
		count(c.owner, list, "OPEN", 1);
		count(c.marketer, list, null, 2);
		// Each salesperson sees the disputes on leads handed to them; other marketers
		// none.
		count(c.hunter, list, null, 1);
		count(c.hunter2, list, "OPEN", 1);
		count(c.marketer2, list, null, 0);
		count(c.farmer, list, null, 0);
	}

	@Test
	void theHandoffLedgerCountsAndTimesEachPair() {
		Company c = this.company;
		// At 18:00: Anna hands L5 (06:00) to Sergey and Dmitry hands L6 (10:00) to Ivan,
		// both still open;
		// an unassigned lead, a voided one and October's lead do not count.
		c.lead(this.direct, c.marketer, "2026-11-15T06:00:00Z", c.hunter2);
		c.lead(this.direct, c.marketer2, "2026-11-15T10:00:00Z", c.hunter);
		c.lead(this.direct, c.marketer, "2026-11-15T10:00:00Z", null);
		String voided = c.lead(this.direct, c.marketer, "2026-11-15T10:00:00Z", c.hunter);
		c.owner.graphql()
			.document("mutation($i: VoidLeadInput!) { voidLead(input: $i) { id } }")
			.variable("i", Map.of("id", voided, "reason", "Typed twice"))
			.execute()
			.path("voidLead.id")
			.hasValue();
		c.lead(this.direct, c.marketer, "2026-10-20T10:00:00Z", c.hunter);
		contest(c.marketer, this.l1, "A real request").path("contestLostReason.status")
			.entity(String.class)
			.isEqualTo("OPEN");
		String l2Dispute = contest(c.marketer, this.l2, "A real buyer").path("contestLostReason.id")
			.entity(String.class)
			.get();
		resolve(l2Dispute, "OVERTURNED", "Fair lead");
		String ledger = """
				query($p: YearMonth!) { handoffs(period: $p) { marketer { id } salesperson { id } leads won lostNotTarget
				  contested overturned medianHoursToAssign medianHoursToClose } }""";
		// Everyone reads the same ledger.
		GraphQlTester.Response r = c.farmer.graphql().document(ledger).variable("p", "2026-11").execute();
		r.path("handoffs").entityList(Object.class).hasSize(3);
		// Anna → Ivan: L1, L2, L3. To hand over 2, 4 and 24 hours (median 4); to close 5,
		// 7 and 27 (median 7).
		r.path("handoffs[0].marketer.id").entity(String.class).isEqualTo(c.marketer.idString());
		r.path("handoffs[0].salesperson.id").entity(String.class).isEqualTo(c.hunter.idString());
		r.path("handoffs[0].leads").entity(Integer.class).isEqualTo(3);
		r.path("handoffs[0].won").entity(Integer.class).isEqualTo(1);
		// L1 is NOT_TARGET (its dispute open); L2 was overturned to OTHER.
		r.path("handoffs[0].lostNotTarget").entity(Integer.class).isEqualTo(1);
		r.path("handoffs[0].contested").entity(Integer.class).isEqualTo(2);
		r.path("handoffs[0].overturned").entity(Integer.class).isEqualTo(1);
		r.path("handoffs[0].medianHoursToAssign").entity(Double.class).isEqualTo(4.0);
		r.path("handoffs[0].medianHoursToClose").entity(Double.class).isEqualTo(7.0);
		// Anna → Sergey: L4 (1 hour, closed after 10) and L5 (12 hours, open): the mean
		// of the middle two, 6.5.
		r.path("handoffs[1].salesperson.id").entity(String.class).isEqualTo(c.hunter2.idString());
		r.path("handoffs[1].leads").entity(Integer.class).isEqualTo(2);
		r.path("handoffs[1].lostNotTarget").entity(Integer.class).isEqualTo(1);
		r.path("handoffs[1].contested").entity(Integer.class).isEqualTo(0);
		r.path("handoffs[1].medianHoursToAssign").entity(Double.class).isEqualTo(6.5);
		r.path("handoffs[1].medianHoursToClose").entity(Double.class).isEqualTo(10.0);
		// Dmitry → Ivan: one open lead handed over after 8 hours, none closed.
		r.path("handoffs[2].marketer.id").entity(String.class).isEqualTo(c.marketer2.idString());
		r.path("handoffs[2].leads").entity(Integer.class).isEqualTo(1);
		r.path("handoffs[2].medianHoursToAssign").entity(Double.class).isEqualTo(8.0);
		r.path("handoffs[2].medianHoursToClose").valueIsNull();
		// A month without hand-overs is an empty ledger.
		c.owner.graphql()
			.document(ledger)
			.variable("p", "2026-09")
			.execute()
			.path("handoffs")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void refusals() {
		Company c = this.company;
		// Not a NOT_TARGET mark.
		Refusals.assertRefused(c, c.marketer.graphql(), CONTEST,
				Map.of("i", Map.of("leadId", this.l3, "comment", "It was won anyway")), "BAD_REQUEST", "leadId");
		// The salesperson who made the mark, and another marketer (who cannot even see
		// the lead).
		Refusals.assertRefused(c, c.hunter.graphql(), CONTEST,
				Map.of("i", Map.of("leadId", this.l1, "comment", "I changed my mind")), "FORBIDDEN", "leadId");
		Refusals.assertRefused(c, c.marketer2.graphql(), CONTEST,
				Map.of("i", Map.of("leadId", this.l1, "comment", "Not mine but still")), "NOT_FOUND", "leadId");
		// A comment is required, at least 3 and at most 1000 characters.
		Refusals.assertRefused(c, c.marketer.graphql(), CONTEST,
				Map.of("i", Map.of("leadId", this.l1, "comment", "  ")), "BAD_REQUEST", "comment");
		Refusals.assertRefused(c, c.marketer.graphql(), CONTEST,
				Map.of("i", Map.of("leadId", this.l1, "comment", "no")), "BAD_REQUEST", "comment");
		Refusals.assertRefused(c, c.marketer.graphql(), CONTEST,
				Map.of("i", Map.of("leadId", this.l1, "comment", "x".repeat(1001))), "BAD_REQUEST", "comment");
		String id = contest(c.marketer, this.l1, "A real request").path("contestLostReason.id")
			.entity(String.class)
			.get();
		// One open dispute per lead.
		Refusals.assertRefused(c, c.marketer.graphql(), CONTEST,
				Map.of("i", Map.of("leadId", this.l1, "comment", "Again, louder")), "CONFLICT", "leadId");
		// Only an owner rules.
		for (Member employee : new Member[] { c.marketer, c.hunter, c.farmer }) {
			Refusals.assertRefused(c, employee.graphql(), RESOLVE,
					Map.of("i", Map.of("disputeId", id, "verdict", "OVERTURNED", "comment", "I say so")), "FORBIDDEN",
					null);
		}
		Refusals.assertRefused(c, c.owner.graphql(), RESOLVE,
				Map.of("i", Map.of("disputeId", id, "comment", "No verdict given")), "BAD_REQUEST", "verdict");
		Refusals.assertRefused(c, c.owner.graphql(), RESOLVE,
				Map.of("i", Map.of("disputeId", "999999", "verdict", "UPHELD", "comment", "Which one?")), "NOT_FOUND",
				"disputeId");
		resolve(id, "UPHELD", "Spam");
		// Ruled once: neither a second ruling nor a second dispute.
		Refusals.assertRefused(c, c.owner.graphql(), RESOLVE,
				Map.of("i", Map.of("disputeId", id, "verdict", "OVERTURNED", "comment", "Changed my mind")), "CONFLICT",
				"disputeId");
		Refusals.assertRefused(c, c.marketer.graphql(), CONTEST,
				Map.of("i", Map.of("leadId", this.l1, "comment", "Once more")), "CONFLICT", "leadId");
	}

	private void at(String moment) {
		this.clock.set(Instant.parse(moment));
		this.company.signInAgain();
	}

	private void close(Member salesperson, String lead, String status, String reason) {
		salesperson.graphql()
			.document(CLOSE)
			.variable("i", Map.of("leadId", lead, "status", status, "lostReason", reason))
			.execute()
			.path("closeLead.lostReason")
			.entity(String.class)
			.isEqualTo(reason);
	}

	private GraphQlTester.Response contest(Member marketer, String lead, String comment) {
		return marketer.graphql().document(CONTEST).variable("i", Map.of("leadId", lead, "comment", comment)).execute();
	}

	private GraphQlTester.Response resolve(String dispute, String verdict, String comment) {
		return this.company.owner.graphql()
			.document(RESOLVE)
			.variable("i", Map.of("disputeId", dispute, "verdict", verdict, "comment", comment))
			.execute();
	}

	private void figures(double notTargetShare, int contested) {
		this.company.owner.graphql()
			.document(FIGURES)
			.variable("p", "2026-11")
			.execute()
			.path("dashboard.channels[0].notTargetShare")
			.entity(Double.class)
			.isEqualTo(notTargetShare)
			.path("dashboard.channels[0].contestedNotTarget")
			.entity(Integer.class)
			.isEqualTo(contested)
			.path("conversionMatrix.channels[0].notTargetShare")
			.entity(Double.class)
			.isEqualTo(notTargetShare)
			.path("conversionMatrix.channels[0].converted")
			.entity(Integer.class)
			.isEqualTo(1)
			.path("conversionMatrix.channels[0].leads")
			.entity(Integer.class)
			.isEqualTo(4);
	}

	private static void count(Member member, String list, String status, int expected) {
		GraphQlTester.Request<?> request = member.graphql().document(list);
		if (status != null) {
			request.variable("s", status);
		}
		request.execute()
			.path("disputes.totalCount")
			.entity(Integer.class)
			.isEqualTo(expected)
			.path("disputes.edges")
			.entityList(Object.class)
			.hasSize(expected);
	}

}
