package app.tandem.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import app.tandem.support.Company;
import app.tandem.support.Company.Member;
import app.tandem.support.Refusals;
import app.tandem.support.TandemTest;
import app.tandem.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.support.DocumentSource;
import org.springframework.graphql.support.ResourceDocumentSource;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/notifications.md through GraphQL over HTTP: what each person is told, and only
 * them. "Today" is 15 November 2026 (half the month gone: a forecast is twice the
 * actual).
 */
@TandemTest
class NotificationTests {

	/**
	 * Where GraphQlTester's documentName finds its documents, read here for Refusals,
	 * which takes a document's text (the no-argument ResourceDocumentSource looks in the
	 * server's graphql/ instead).
	 */
	static final DocumentSource DOCUMENTS = new ResourceDocumentSource(List.of(new ClassPathResource("graphql-test/")),
			ResourceDocumentSource.FILE_EXTENSIONS);

	static final ParameterizedTypeReference<List<Map<String, Object>>> NODES = new ParameterizedTypeReference<>() {
	};

	@Autowired
	Company company;

	@Autowired
	TestClock clock;

	String direct;

	@BeforeEach
	void company() {
		this.direct = this.company.reset().channel("Yandex Direct");
	}

	static String document(String name) {
		return DOCUMENTS.getDocument(name).block();
	}

	List<Map<String, Object>> notices(Member member) {
		return member.graphql()
			.documentName("notifications")
			.variable("first", 100)
			.execute()
			.path("notifications.edges[*].node")
			.entity(NODES)
			.get();
	}

	int unread(Member member) {
		return member.graphql()
			.documentName("notifications")
			.execute()
			.path("notifications.unreadCount")
			.entity(Integer.class)
			.get();
	}

	String hunterClient() {
		return this.company.hunter.graphql()
			.documentName("createClient")
			.variable("input", Map.of("name", "Volga Logistics"))
			.execute()
			.path("createClient.id")
			.entity(String.class)
			.get();
	}

	/**
	 * A deal the hunter records himself on a lead of the marketer's (assigned to him).
	 */
	void huntersDeal(String client, String lead, String revenue) {
		this.company.hunter.graphql()
			.documentName("recordDeal")
			.variable("input",
					Map.of("clientId", client, "leadId", lead, "salespersonId", this.company.hunter.idString(),
							"closedOn", "2026-11-14", "revenue", revenue, "cost", "100.00"))
			.execute()
			.path("recordDeal.id")
			.hasValue();
	}

	@Test
	void aColleaguesDealTurnsMyKpiAtRiskOnceThenAchieved() {
		Company c = this.company;
		c.plan(c.marketer, "2026-11", "ATTRIBUTED_TURNOVER", "1000.00");
		// Seen BEHIND now (nothing sold yet), silently: only the plan change is news.
		assertThat(notices(c.marketer)).singleElement()
			.satisfies((n) -> assertThat(n).containsEntry("kind", "PLAN_CHANGED")
				.containsEntry("kpi", "ATTRIBUTED_TURNOVER")
				.containsEntry("period", "2026-11")
				.containsEntry("read", false));
		String client = hunterClient();
		String first = c.lead(this.direct, c.marketer, "2026-11-10T10:00:00+03:00", c.hunter);
		huntersDeal(client, first, "460.00");
		// 460 by mid-month forecasts 920: within 10 % of 1000.
		List<Map<String, Object>> after = notices(c.marketer);
		assertThat(after).hasSize(2);
		assertThat(after.get(0)).containsEntry("kind", "KPI_STATUS")
			.containsEntry("kpi", "ATTRIBUTED_TURNOVER")
			.containsEntry("status", "AT_RISK")
			.containsEntry("period", "2026-11")
			.containsEntry("leadId", null)
			.containsEntry("read", false);
		assertThat(after.get(0).get("createdAt")).isEqualTo("2026-11-15T12:00:00+03:00");

		String second = c.lead(this.direct, c.marketer, "2026-11-11T10:00:00+03:00", c.hunter);
		huntersDeal(client, second, "10.00");
		assertThat(notices(c.marketer)).as("still AT_RISK: no news").hasSize(2);

		String third = c.lead(this.direct, c.marketer, "2026-11-12T10:00:00+03:00", c.hunter);
		huntersDeal(client, third, "600.00");
		assertThat(notices(c.marketer)).hasSize(3)
			.first()
			.satisfies((n) -> assertThat(n).containsEntry("kind", "KPI_STATUS")
				.containsEntry("kpi", "ATTRIBUTED_TURNOVER")
				.containsEntry("status", "ACHIEVED"));
		// The hunter has no plan: three leads handed to him, nothing about KPIs; nobody
		// else heard a thing.
		assertThat(notices(c.hunter)).extracting((n) -> n.get("kind")).containsOnly("LEAD_ASSIGNED").hasSize(3);
		assertThat(notices(c.farmer)).isEmpty();
		assertThat(notices(c.owner)).isEmpty();
	}

	@Test
	void theSharedGoalReachedTellsEveryoneOnceAndItsChangeEveryoneButTheOwnerWhoMadeIt() {
		Company c = this.company;
		c.sharedGoal("2026-11", "1000.00", "500.00");
		for (Member member : List.of(c.marketer, c.marketer2, c.hunter, c.hunter2, c.farmer)) {
			assertThat(notices(member)).as(member.email())
				.singleElement()
				.satisfies((n) -> assertThat(n).containsEntry("kind", "GOAL_CHANGED")
					.containsEntry("kpi", null)
					.containsEntry("period", "2026-11"));
		}
		assertThat(notices(c.owner)).isEmpty();
		String client = hunterClient();
		String lead = c.lead(this.direct, c.marketer, "2026-11-10T10:00:00+03:00", c.hunter);
		huntersDeal(client, lead, "1200.00");
		for (Member member : c.everyone()) {
			assertThat(notices(member)).as(member.email())
				.filteredOn((n) -> "GOAL_ACHIEVED".equals(n.get("kind")))
				.extracting((n) -> n.get("kpi") + " " + n.get("status"))
				.containsExactlyInAnyOrder("TURNOVER ACHIEVED", "GROSS_MARGIN ACHIEVED");
		}
		// Another deal: still achieved, nobody is told again.
		String more = c.lead(this.direct, c.marketer, "2026-11-11T10:00:00+03:00", c.hunter);
		huntersDeal(client, more, "50.00");
		assertThat(notices(c.farmer)).filteredOn((n) -> "GOAL_ACHIEVED".equals(n.get("kind"))).hasSize(2);
		// Changing one target names it.
		c.sharedGoal("2026-11", "5000.00", "500.00");
		assertThat(notices(c.farmer).get(0)).containsEntry("kind", "GOAL_CHANGED").containsEntry("kpi", "TURNOVER");
	}

	@Test
	void aLeadHandedToMeBySomeoneElseIsNewsTakingItMyselfIsNot() {
		Company c = this.company;
		Member boss = c.hire("Boss Hunter", "boss@test.tandem", "OWNER", "HUNTER");
		String lead = c.marketer.graphql()
			.documentName("recordLead")
			.variable("input",
					Map.of("channelId", this.direct, "marketerId", c.marketer.idString(), "createdAt",
							"2026-11-10T10:00:00+03:00", "assigneeId", c.hunter.idString()))
			.execute()
			.path("recordLead.id")
			.entity(String.class)
			.get();
		assertThat(notices(c.hunter)).singleElement()
			.satisfies((n) -> assertThat(n).containsEntry("kind", "LEAD_ASSIGNED")
				.containsEntry("leadId", lead)
				.containsEntry("period", "2026-11")
				.containsEntry("kpi", null)
				.containsEntry("status", null));
		assertThat(notices(c.marketer)).isEmpty();
		// Re-assigned by the marketer: the new assignee hears of it.
		c.marketer.graphql()
			.documentName("assignLead")
			.variable("input", Map.of("leadId", lead, "assigneeId", c.hunter2.idString()))
			.execute()
			.path("assignLead.id")
			.hasValue();
		assertThat(notices(c.hunter2)).singleElement().satisfies((n) -> assertThat(n).containsEntry("leadId", lead));
		assertThat(notices(c.hunter)).hasSize(1);
		// An owner who sells takes a lead himself: nobody needs telling.
		boss.graphql()
			.documentName("assignLead")
			.variable("input", Map.of("leadId", lead, "assigneeId", boss.idString()))
			.execute()
			.path("assignLead.id")
			.hasValue();
		boss.graphql()
			.documentName("recordLead")
			.variable("input",
					Map.of("channelId", this.direct, "marketerId", c.marketer.idString(), "createdAt",
							"2026-11-11T10:00:00+03:00", "assigneeId", boss.idString()))
			.execute()
			.path("recordLead.id")
			.hasValue();
		assertThat(notices(boss)).isEmpty();
	}

	@Test
	void myPlanChangedByTheOwnerIsNewsTheOwnersOwnIsNot() {
		Company c = this.company;
		Member boss = c.hire("Boss Hunter", "boss@test.tandem", "OWNER", "HUNTER");
		c.plan(c.hunter, "2026-11", "TURNOVER", "100000.00");
		c.plan(c.hunter, "2026-11", "TURNOVER", "100000.00");
		c.plan(c.hunter, "2026-12", "NEW_CLIENTS", "3");
		assertThat(notices(c.hunter)).as("the same target again changes nothing")
			.extracting((n) -> n.get("kind") + " " + n.get("kpi") + " " + n.get("period"))
			.containsExactly("PLAN_CHANGED NEW_CLIENTS 2026-12", "PLAN_CHANGED TURNOVER 2026-11");
		boss.graphql()
			.documentName("setPersonalPlan")
			.variable("input",
					Map.of("employeeId", boss.idString(), "period", "2026-11", "metric", "TURNOVER", "target",
							"5000.00"))
			.execute()
			.path("setPersonalPlan.id")
			.hasValue();
		assertThat(notices(boss)).isEmpty();
		assertThat(notices(c.hunter2)).isEmpty();
	}

	@Test
	void onTheFirstOfTheMonthNobodyIsBlamedAndAPastMonthsCorrectionTellsNothing() {
		Company c = this.company;
		this.clock.set(Instant.parse("2026-11-30T21:30:00Z"));
		c.signInAgain();
		c.plan(c.marketer, "2026-12", "LEADS", "100");
		// 1 December, Moscow: no leads yet against a plan of 100 is too early to tell,
		// not BEHIND.
		c.lead(this.direct, c.marketer, "2026-12-01T00:10:00+03:00", null);
		assertThat(notices(c.marketer)).extracting((n) -> n.get("kind")).containsExactly("PLAN_CHANGED");
		// The 7th: a fifth of the month has passed, the verdict starts, and it is news.
		this.clock.set(Instant.parse("2026-12-07T09:00:00Z"));
		c.signInAgain();
		c.lead(this.direct, c.marketer, "2026-12-07T10:00:00+03:00", null);
		assertThat(notices(c.marketer).get(0)).containsEntry("kind", "KPI_STATUS")
			.containsEntry("kpi", "LEADS")
			.containsEntry("status", "BEHIND")
			.containsEntry("period", "2026-12");
		// November is over: a late correction there changes its figures but tells nobody.
		c.plan(c.marketer2, "2026-12", "LEADS", "1");
		int before = notices(c.marketer2).size();
		c.lead(this.direct, c.marketer2, "2026-11-20T10:00:00+03:00", null);
		assertThat(notices(c.marketer2)).hasSize(before);
	}

	@Test
	void pagesNewestFirstWithCountsAndRefusesBadPaging() {
		Company c = this.company;
		for (int day = 1; day <= 5; day++) {
			c.lead(this.direct, c.marketer, "2026-11-0" + day + "T10:00:00+03:00", c.hunter);
		}
		GraphQlTester.Response first = c.hunter.graphql().documentName("notifications").variable("first", 2).execute();
		first.path("notifications.totalCount").entity(Integer.class).isEqualTo(5);
		first.path("notifications.unreadCount").entity(Integer.class).isEqualTo(5);
		first.path("notifications.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		List<Map<String, Object>> page1 = first.path("notifications.edges[*].node").entity(NODES).get();
		String cursor = first.path("notifications.pageInfo.endCursor").entity(String.class).get();
		GraphQlTester.Response second = c.hunter.graphql()
			.documentName("notifications")
			.variable("first", 2)
			.variable("after", cursor)
			.execute();
		List<Map<String, Object>> page2 = second.path("notifications.edges[*].node").entity(NODES).get();
		String cursor2 = second.path("notifications.pageInfo.endCursor").entity(String.class).get();
		GraphQlTester.Response third = c.hunter.graphql()
			.documentName("notifications")
			.variable("first", 2)
			.variable("after", cursor2)
			.execute();
		third.path("notifications.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		List<Map<String, Object>> page3 = third.path("notifications.edges[*].node").entity(NODES).get();
		List<Long> ids = java.util.stream.Stream.of(page1, page2, page3)
			.flatMap(List::stream)
			.map((n) -> Long.valueOf((String) n.get("id")))
			.toList();
		assertThat(ids).hasSize(5).doesNotHaveDuplicates().isSortedAccordingTo(java.util.Comparator.reverseOrder());
		// Default page size is 20: all five.
		assertThat(notices(c.hunter)).hasSize(5);
		Refusals.assertRefused(c, c.hunter.graphql(), document("notifications"), Map.of("first", 0), "BAD_REQUEST",
				"first");
		Refusals.assertRefused(c, c.hunter.graphql(), document("notifications"), Map.of("first", 101), "BAD_REQUEST",
				"first");
		Refusals.assertRefused(c, c.hunter.graphql(), document("notifications"), Map.of("after", "bm90LWEtY3Vyc29y"),
				"BAD_REQUEST", "after");
	}

	@Test
	void markingReadTouchesOnlyMyOwnAndDoesNotRevealOthers() {
		Company c = this.company;
		c.lead(this.direct, c.marketer, "2026-11-02T10:00:00+03:00", c.hunter);
		c.lead(this.direct, c.marketer, "2026-11-03T10:00:00+03:00", c.hunter);
		c.lead(this.direct, c.marketer, "2026-11-04T10:00:00+03:00", c.farmer);
		List<Map<String, Object>> mine = notices(c.hunter);
		String farmers = (String) notices(c.farmer).get(0).get("id");
		List<Map<String, Object>> marked = c.hunter.graphql()
			.documentName("markNotificationsRead")
			.variable("ids", List.of(mine.get(0).get("id"), farmers, "999999"))
			.execute()
			.path("markNotificationsRead")
			.entity(NODES)
			.get();
		assertThat(marked).containsExactly(Map.of("id", mine.get(0).get("id"), "read", true));
		assertThat(unread(c.hunter)).isEqualTo(1);
		assertThat(unread(c.farmer)).as("another person's id is left alone").isEqualTo(1);
		assertThat(notices(c.farmer).get(0)).containsEntry("read", false);
		// Marking again is harmless and still answers with it.
		c.hunter.graphql()
			.documentName("markNotificationsRead")
			.variable("ids", List.of(mine.get(0).get("id")))
			.execute()
			.path("markNotificationsRead[0].read")
			.entity(Boolean.class)
			.isEqualTo(true);
		Refusals.assertRefused(c, c.hunter.graphql(), document("markNotificationsRead"),
				Map.of("ids", List.of("not-an-id")), "NOT_FOUND", "ids");
		Refusals.assertRefused(c, c.hunter.graphql(), document("markNotificationsRead"),
				Map.of("ids", java.util.stream.IntStream.rangeClosed(1, 101).mapToObj(String::valueOf).toList()),
				"BAD_REQUEST", "ids");
		c.hunter.graphql()
			.documentName("markAllNotificationsRead")
			.execute()
			.path("markAllNotificationsRead")
			.entity(Integer.class)
			.isEqualTo(1);
		assertThat(unread(c.hunter)).isZero();
		assertThat(unread(c.farmer)).isEqualTo(1);
	}

	@Test
	void anonymousCallersAreRefused() {
		Company c = this.company;
		c.lead(this.direct, c.marketer, "2026-11-02T10:00:00+03:00", c.hunter);
		Refusals.assertRefused(c, c.anonymous(), document("notifications"), Map.of(), "UNAUTHORIZED", null);
		Refusals.assertRefused(c, c.anonymous(), document("markNotificationsRead"),
				Map.of("ids", List.of((String) notices(c.hunter).get(0).get("id"))), "UNAUTHORIZED", null);
		Refusals.assertRefused(c, c.anonymous(), document("markAllNotificationsRead"), Map.of(), "UNAUTHORIZED", null);
		assertThat(unread(c.hunter)).isEqualTo(1);
	}

}
