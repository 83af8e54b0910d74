package app.tandem.records;

import java.util.List;
import java.util.Map;

import app.tandem.support.Company;
import app.tandem.support.TandemTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The life of records as people create them: a lead handed over, worked and won; paging.
 */
@TandemTest
class RecordFlowTests {

	@Autowired
	Company company;

	String channel;

	@BeforeEach
	void setUp() {
		this.channel = this.company.reset().channel("Yandex Direct");
	}

	@Test
	void aMarketersLeadIsHandedToAHunterWhoWinsIt() {
		Company c = this.company;
		String lead = c.marketer.graphql()
			.document(
					"""
							mutation($channel: ID) { recordLead(input: {channelId: $channel, createdAt: "2026-11-02T09:30:00+03:00"}) {
							  id status marketer { id } assignee { id } createdAt } }""")
			.variable("channel", this.channel)
			.execute()
			.path("recordLead.status")
			.entity(String.class)
			.isEqualTo("OPEN")
			.path("recordLead.marketer.id")
			.entity(String.class)
			.isEqualTo(c.marketer.idString())
			.path("recordLead.createdAt")
			.entity(String.class)
			.isEqualTo("2026-11-02T09:30:00+03:00")
			.path("recordLead.id")
			.entity(String.class)
			.get();
		c.marketer.graphql()
			.document(
					"mutation($lead: ID, $to: ID) { assignLead(input: {leadId: $lead, assigneeId: $to}) { assignee { fullName } } }")
			.variable("lead", lead)
			.variable("to", c.hunter.idString())
			.execute()
			.path("assignLead.assignee.fullName")
			.entity(String.class)
			.isEqualTo("Ivan Hunter");
		String client = c.hunter.graphql()
			.document("mutation { createClient(input: {name: \"Volga Logistics\"}) { id acquiredBy { id } } }")
			.execute()
			.path("createClient.acquiredBy")
			.valueIsNull()
			.path("createClient.id")
			.entity(String.class)
			.get();
		c.hunter.graphql()
			.document(
					"""
							mutation($client: ID, $lead: ID) { recordDeal(input: {clientId: $client, leadId: $lead, closedOn: "2026-11-05",
							  revenue: "150000", cost: "160000.50"}) {
							  revenue cost grossMargin salesperson { id } lead { status } client { acquiredBy { id } } } }""")
			.variable("client", client)
			.variable("lead", lead)
			.execute()
			.path("recordDeal.revenue")
			.entity(String.class)
			.isEqualTo("150000.00")
			.path("recordDeal.grossMargin")
			.entity(String.class)
			.isEqualTo("-10000.50")
			.path("recordDeal.salesperson.id")
			.entity(String.class)
			.isEqualTo(c.hunter.idString())
			.path("recordDeal.lead.status")
			.entity(String.class)
			.isEqualTo("WON")
			.path("recordDeal.client.acquiredBy.id")
			.entity(String.class)
			.isEqualTo(c.hunter.idString());
		// The marketer sees the deal that came from their lead, but not the hunter's
		// client list.
		c.marketer.graphql()
			.document("{ deals { edges { node { revenue lead { id } } } } clients { edges { node { id } } } }")
			.execute()
			.path("deals.edges[0].node.lead.id")
			.entity(String.class)
			.isEqualTo(lead)
			.path("clients.edges")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void anEarlierDealMakesItsSalespersonTheOneWhoAcquiredTheClient() {
		Company c = this.company;
		String client = c.client("Ural Metal");
		c.deal(client, null, c.hunter, "2026-11-10", "100.00", "10.00");
		c.deal(client, null, c.hunter2, "2026-11-01", "100.00", "10.00");
		c.owner.graphql()
			.document("{ clients { edges { node { name acquiredBy { id } } } } }")
			.execute()
			.path("clients.edges[0].node.acquiredBy.id")
			.entity(String.class)
			.isEqualTo(c.hunter2.idString());
	}

	@Test
	void connectionsPageWithOpaqueCursors() {
		Company c = this.company;
		for (int day = 1; day <= 5; day++) {
			c.lead(this.channel, c.marketer, "2026-11-0" + day + "T10:00:00+03:00", null);
		}
		String query = "query($after: String) { leads(first: 2, after: $after) { edges { cursor node { createdAt } } pageInfo { hasNextPage endCursor } } }";
		String after = null;
		List<String> seen = new java.util.ArrayList<>();
		boolean more = true;
		while (more) {
			var response = c.owner.graphql().document(query).variable("after", after).execute();
			seen.addAll(response.path("leads.edges[*].node.createdAt").entityList(String.class).get());
			more = response.path("leads.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("leads.pageInfo.endCursor").entity(String.class).get();
			assertThat(new String(java.util.Base64.getUrlDecoder().decode(after))).doesNotContain("java");
		}
		assertThat(seen).containsExactly("2026-11-05T10:00:00+03:00", "2026-11-04T10:00:00+03:00",
				"2026-11-03T10:00:00+03:00", "2026-11-02T10:00:00+03:00", "2026-11-01T10:00:00+03:00");
	}

	@Test
	void archivedChannelsTakeNoNewRecordsButKeepTheirHistory() {
		Company c = this.company;
		c.spend(this.channel, c.marketer, "2026-11-01", "500.00");
		c.owner.graphql()
			.document("mutation($id: ID!) { archiveChannel(id: $id) { archived } }")
			.variable("id", this.channel)
			.execute()
			.path("archiveChannel.archived")
			.entity(Boolean.class)
			.isEqualTo(true);
		app.tandem.support.Refusals.assertRefused(c, c.owner.graphql(),
				"mutation($i: RecordSpendInput!) { recordSpend(input: $i) { id } }", Map.of("i", Map.of("channelId",
						this.channel, "marketerId", c.marketer.idString(), "day", "2026-11-02", "amount", "1.00")),
				"BAD_REQUEST", "channelId");
		c.owner.graphql()
			.document("{ dashboard(period: \"2026-11\") { spend channels { channel { archived } spend } } }")
			.execute()
			.path("dashboard.channels[0].spend")
			.entity(String.class)
			.isEqualTo("500.00");
	}

}
