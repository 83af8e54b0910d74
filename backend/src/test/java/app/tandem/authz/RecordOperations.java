package app.tandem.authz;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import app.tandem.support.Company;
import app.tandem.support.Company.Member;

import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The records module: channels, spend, leads, clients and deals, their corrections and
 * voids (SPEC §12) and their history. Everyone reads what their role shows them; owners
 * and marketers record marketing, owners and salespeople sales, each only for themself
 * and on records they see.
 */
final class RecordOperations {

	private RecordOperations() {
	}

	static void addTo(Map<String, Operation> ops, Calls calls, Dataset d, JdbcClient jdbc) {
		Company c = calls.company();
		// ---- reading
		ops.put("channels", new Operation("channels",
				(who) -> calls.run(who, "{ channels(first: 100) { edges { node { id name archived } } } }", Map.of()),
				(who, r) -> r.path("channels.edges[*].node.id")
					.entityList(String.class)
					.containsExactly(d.smm(), d.direct())));
		ops.put("spends", new Operation("spends",
				(who) -> calls.run(who, "{ spends(first: 100) { edges { node { id marketer { id } } } } }", Map.of()),
				(who, r) -> assertIds(r, "spends", switch (who) {
					case OWNER -> List.of(d.sM(), d.sM2());
					case MARKETER -> List.of(d.sM());
					default -> List.of();
				})));
		ops.put("leads",
				new Operation("leads", (who) -> calls.run(who,
						"{ leads(first: 100) { edges { node { id marketer { id } assignee { id } } } } }", Map.of()),
						(who, r) -> assertIds(r, "leads", switch (who) {
							case OWNER -> List.of(d.lMH(), d.lMF(), d.lMOpen(), d.lMWon(), d.lM2H2(), d.lM2H(),
									d.lM2Won(), d.lMNotTarget(), d.lMContested());
							case MARKETER ->
								List.of(d.lMH(), d.lMF(), d.lMOpen(), d.lMWon(), d.lMNotTarget(), d.lMContested());
							case HUNTER -> List.of(d.lMH(), d.lMWon(), d.lM2H());
							default -> List.of(d.lMF());
						})));
		ops.put("clients",
				new Operation("clients",
						(who) -> calls.run(who, "{ clients(first: 100) { edges { node { id name } } } }", Map.of()),
						(who, r) -> assertIds(r, "clients", switch (who) {
							case OWNER -> List.of(d.cH(), d.cH2(), d.cF(), d.cShared(), d.cHc());
							case MARKETER -> List.of();
							// acquired (cH), created (cHc)
							case HUNTER -> List.of(d.cH(), d.cHc());
							// manages (cF), sold to (cShared)
							default -> List.of(d.cF(), d.cShared());
						})));
		ops.put("deals",
				new Operation("deals", (who) -> calls.run(who,
						"{ deals(first: 100) { edges { node { id salesperson { id } lead { id } } } } }", Map.of()),
						(who, r) -> assertIds(r, "deals", switch (who) {
							case OWNER -> List.of(d.dH(), d.dH2(), d.dH2Old(), d.dF());
							// the deal on their own lead
							case MARKETER -> List.of(d.dH());
							case HUNTER -> List.of(d.dH());
							default -> List.of(d.dF());
						})));

		// ---- channels and spend (owner and marketers)
		ops.put("createChannel",
				new Operation("createChannel",
						(who) -> calls.run(who,
								"mutation($i: CreateChannelInput!) { createChannel(input: $i) { id name } }",
								Map.of("i", Map.of("name", "Referrals"))),
						(who, r) -> {
							r.path("createChannel.name").entity(String.class).isEqualTo("Referrals");
							assertThat(c.count("marketing_channel")).isEqualTo(3);
						}));
		ops.put("updateChannel", new Operation("updateChannel",
				(who) -> calls.run(who, "mutation($i: UpdateChannelInput!) { updateChannel(input: $i) { name } }",
						Map.of("i", Map.of("id", d.smm(), "name", "Social"))),
				(who, r) -> r.path("updateChannel.name").entity(String.class).isEqualTo("Social")));
		ops.put("archiveChannel",
				new Operation("archiveChannel",
						(who) -> calls.run(who, "mutation($id: ID!) { archiveChannel(id: $id) { id archived } }",
								Map.of("id", d.smm())),
						(who, r) -> assertThat(isArchived(jdbc, d.smm())).isTrue(), () -> isArchived(jdbc, d.smm())));
		ops.put("archiveChannel of a colleague's channel",
				new Operation("archiveChannel",
						(who) -> calls.run(who, "mutation($id: ID!) { archiveChannel(id: $id) { id archived } }",
								Map.of("id", d.direct())),
						(who, r) -> assertThat(isArchived(jdbc, d.direct())).isTrue()));
		ops.put("recordSpend", recordSpend(calls, d, (who) -> c.marketer));
		ops.put("recordSpend for a colleague", recordSpend(calls, d, (who) -> c.marketer2));
		ops.put("updateSpend", updateSpend(calls, d.sM()));
		ops.put("updateSpend of a colleague", updateSpend(calls, d.sM2()));
		ops.put("voidSpend",
				new Operation("voidSpend",
						(who) -> calls.run(who, "mutation($i: VoidSpendInput!) { voidSpend(input: $i) { voided } }",
								Map.of("i", Map.of("id", d.sM(), "reason", "Entered twice"))),
						(who, r) -> r.path("voidSpend.voided").entity(Boolean.class).isEqualTo(true)));

		// ---- leads (recorded by marketers, closed by their assignee)
		ops.put("recordLead", recordLead(calls, d, (who) -> c.marketer));
		ops.put("recordLead for a colleague", recordLead(calls, d, (who) -> c.marketer2));
		// hunter and farmer pick a lead assigned to them (they see it); everyone else the
		// marketer's open lead
		ops.put("assignLead", assignLead(calls, jdbc, (who) -> switch (who) {
			case HUNTER -> d.lMH();
			case FARMER -> d.lMF();
			default -> d.lMOpen();
		}));
		ops.put("assignLead of a colleague's lead", assignLead(calls, jdbc, (who) -> d.lM2H2()));
		ops.put("assignLead of a won lead", assignLead(calls, jdbc, (who) -> d.lMWon()));
		ops.put("closeLead", closeLead(calls, jdbc, (who) -> (who == Who.FARMER) ? d.lMF() : d.lMH()));
		ops.put("closeLead of a lead assigned to a colleague", closeLead(calls, jdbc, (who) -> d.lM2H2()));
		ops.put("closeLead of an unassigned lead", closeLead(calls, jdbc, (who) -> d.lMOpen()));
		ops.put("updateLead", new Operation("updateLead",
				(who) -> calls.run(who, "mutation($i: UpdateLeadInput!) { updateLead(input: $i) { createdAt } }",
						Map.of("i", Map.of("id", d.lMH(), "createdAt", "2026-11-05T10:00:00+03:00"))),
				(who, r) -> r.path("updateLead.createdAt")
					.entity(String.class)
					.isEqualTo("2026-11-05T10:00:00+03:00")));
		ops.put("updateLead status",
				new Operation("updateLead",
						(who) -> calls.run(who,
								"mutation($i: UpdateLeadInput!) { updateLead(input: $i) { status lostReason } }",
								Map.of("i", Map.of("id", d.lMH(), "status", "LOST", "lostReason", "NO_BUDGET"))),
						(who, r) -> r.path("updateLead.lostReason").entity(String.class).isEqualTo("NO_BUDGET")));
		ops.put("voidLead", voidLead(calls, d.lMOpen()));
		ops.put("voidLead of a colleague's lead", voidLead(calls, d.lM2H2()));

		// ---- clients and deals (owner and salespeople)
		ops.put("createClient",
				new Operation("createClient",
						(who) -> calls.run(who,
								"mutation($i: CreateClientInput!) { createClient(input: $i) { id name } }",
								Map.of("i", Map.of("name", "Don Bakery"))),
						(who, r) -> {
							r.path("createClient.name").entity(String.class).isEqualTo("Don Bakery");
							assertThat(c.count("client")).isEqualTo(6);
						}));
		ops.put("updateClient",
				new Operation("updateClient",
						(who) -> calls.run(who, "mutation($i: UpdateClientInput!) { updateClient(input: $i) { name } }",
								Map.of("i", Map.of("id", d.cHc(), "name", "Oka Timber LLC"))),
						(who, r) -> r.path("updateClient.name").entity(String.class).isEqualTo("Oka Timber LLC")));
		// a salesperson sells as themself to a client of their own; anyone else as the
		// hunter to the hunter's client
		ops.put("recordDeal", recordDeal(calls, jdbc, (who) -> (who == Who.FARMER) ? d.cF() : d.cH(), (who) -> null,
				(who) -> (who == Who.FARMER) ? c.farmer : c.hunter));
		ops.put("recordDeal for a colleague", recordDeal(calls, jdbc, (who) -> (who == Who.FARMER) ? d.cF() : d.cH(),
				(who) -> null, (who) -> c.hunter2));
		ops.put("recordDeal with a colleague's client", recordDeal(calls, jdbc, (who) -> d.cH2(), (who) -> null,
				(who) -> (who == Who.FARMER) ? c.farmer : c.hunter));
		ops.put("recordDeal on a colleague's lead", recordDeal(calls, jdbc, (who) -> d.cH(), (who) -> d.lM2H2(),
				(who) -> (who == Who.OWNER) ? c.hunter2 : c.hunter));
		ops.put("recordDeal on a lead assigned to them",
				recordDeal(calls, jdbc, (who) -> (who == Who.FARMER) ? d.cF() : d.cH(),
						(who) -> (who == Who.FARMER) ? d.lMF() : d.lMH(),
						(who) -> (who == Who.FARMER) ? c.farmer : c.hunter));
		ops.put("updateDeal", updateDeal(calls, (who) -> d.dH(), Map.of("revenue", "31000.00")));
		ops.put("updateDeal of a colleague", updateDeal(calls, (who) -> d.dH2(), Map.of("revenue", "31000.00")));
		// the owner moves the farmer's deal (no lead) to hunter2; the hunter tries their
		// own deal
		ops.put("updateDeal to another salesperson", updateDeal(calls, (who) -> (who == Who.OWNER) ? d.dF() : d.dH(),
				Map.of("salespersonId", c.hunter2.idString())));
		ops.put("voidDeal",
				new Operation("voidDeal",
						(who) -> calls.run(who, "mutation($i: VoidDealInput!) { voidDeal(input: $i) { voided } }",
								Map.of("i", Map.of("id", d.dH(), "reason", "Cancelled order"))),
						(who, r) -> r.path("voidDeal.voided").entity(Boolean.class).isEqualTo(true)));

		// ---- history
		ops.put("recordHistory", new Operation("recordHistory",
				(who) -> calls.run(who, "query($id: ID!) { recordHistory(kind: DEAL, id: $id) { action by { id } } }",
						Map.of("id", d.dH())),
				(who, r) -> r.path("recordHistory[0].action").entity(String.class).isEqualTo("CREATED")));
	}

	private static void assertIds(GraphQlTester.Response r, String connection, List<String> expected) {
		List<String> ids = r.path(connection + ".edges[*].node.id").entityList(String.class).get();
		assertThat(ids).as(connection + " visible").containsExactlyInAnyOrderElementsOf(expected);
	}

	private static Operation recordSpend(Calls calls, Dataset d, Function<Who, Member> marketer) {
		return new Operation("recordSpend",
				(who) -> calls.run(who,
						"mutation($i: RecordSpendInput!) { recordSpend(input: $i) { id marketer { id } amount } }",
						Map.of("i", Map.of("channelId", d.direct(), "marketerId", marketer.apply(who).idString(), "day",
								"2026-11-10", "amount", "500.00"))),
				(who, r) -> {
					r.path("recordSpend.marketer.id").entity(String.class).isEqualTo(marketer.apply(who).idString());
					assertThat(calls.company().count("marketing_spend")).isEqualTo(3);
				});
	}

	private static Operation updateSpend(Calls calls, String spend) {
		return new Operation("updateSpend",
				(who) -> calls.run(who, "mutation($i: UpdateSpendInput!) { updateSpend(input: $i) { amount } }",
						Map.of("i", Map.of("id", spend, "amount", "1234.00"))),
				(who, r) -> r.path("updateSpend.amount").entity(String.class).isEqualTo("1234.00"));
	}

	private static Operation recordLead(Calls calls, Dataset d, Function<Who, Member> marketer) {
		return new Operation(
				"recordLead", (
						who) -> calls.run(who,
								"mutation($i: RecordLeadInput!) { recordLead(input: $i) { id marketer { id } } }",
								Map.of("i", Map.of("channelId", d.direct(), "marketerId",
										marketer.apply(who).idString(), "createdAt", "2026-11-10T10:00:00+03:00"))),
				(who, r) -> {
					r.path("recordLead.marketer.id").entity(String.class).isEqualTo(marketer.apply(who).idString());
					assertThat(calls.company().count("sales_lead")).isEqualTo(10);
				});
	}

	private static Operation assignLead(Calls calls, JdbcClient jdbc, Function<Who, String> lead) {
		return new Operation("assignLead",
				(who) -> calls.run(who,
						"mutation($i: AssignLeadInput!) { assignLead(input: $i) { id assignee { id } } }",
						Map.of("i",
								Map.of("leadId", lead.apply(who), "assigneeId", calls.company().hunter2.idString()))),
				(who, r) -> {
					r.path("assignLead.assignee.id").entity(String.class).isEqualTo(calls.company().hunter2.idString());
					assertThat(leadColumn(jdbc, lead.apply(who), "assignee_id"))
						.isEqualTo(calls.company().hunter2.id());
				}, () -> leadsColumn(jdbc, "assignee_id"));
	}

	private static Operation closeLead(Calls calls, JdbcClient jdbc, Function<Who, String> lead) {
		return new Operation("closeLead",
				(who) -> calls.run(who,
						"mutation($i: CloseLeadInput!) { closeLead(input: $i) { id status lostReason } }",
						Map.of("i", Map.of("leadId", lead.apply(who), "status", "LOST", "lostReason", "NO_BUDGET"))),
				(who, r) -> {
					r.path("closeLead.status").entity(String.class).isEqualTo("LOST");
					assertThat(leadColumn(jdbc, lead.apply(who), "status")).isEqualTo("LOST");
				}, () -> leadsColumn(jdbc, "status"));
	}

	private static Operation voidLead(Calls calls, String lead) {
		return new Operation("voidLead",
				(who) -> calls.run(who, "mutation($i: VoidLeadInput!) { voidLead(input: $i) { voided } }",
						Map.of("i", Map.of("id", lead, "reason", "Spam"))),
				(who, r) -> r.path("voidLead.voided").entity(Boolean.class).isEqualTo(true));
	}

	private static Operation recordDeal(Calls calls, JdbcClient jdbc, Function<Who, String> client,
			Function<Who, String> lead, Function<Who, Member> salesperson) {
		return new Operation("recordDeal", (who) -> {
			Map<String, Object> input = new HashMap<>(
					Map.of("clientId", client.apply(who), "salespersonId", salesperson.apply(who).idString(),
							"closedOn", "2026-11-12", "revenue", "1000.00", "cost", "400.00"));
			if (lead.apply(who) != null) {
				input.put("leadId", lead.apply(who));
			}
			return calls.run(who,
					"mutation($i: RecordDealInput!) { recordDeal(input: $i) { id salesperson { id } lead { id } } }",
					Map.of("i", input));
		}, (who, r) -> {
			r.path("recordDeal.salesperson.id").entity(String.class).isEqualTo(salesperson.apply(who).idString());
			assertThat(calls.company().count("deal")).isEqualTo(5);
			if (lead.apply(who) != null) {
				assertThat(leadColumn(jdbc, lead.apply(who), "status")).isEqualTo("WON");
			}
		}, () -> leadsColumn(jdbc, "status"));
	}

	private static Operation updateDeal(Calls calls, Function<Who, String> deal, Map<String, Object> change) {
		return new Operation("updateDeal", (who) -> {
			Map<String, Object> input = new HashMap<>(change);
			input.put("id", deal.apply(who));
			return calls.run(who, "mutation($i: UpdateDealInput!) { updateDeal(input: $i) { id revenue } }",
					Map.of("i", input));
		}, (who, r) -> r.path("updateDeal.id").entity(String.class).isEqualTo(deal.apply(who)));
	}

	private static Boolean isArchived(JdbcClient jdbc, String channelId) {
		return jdbc.sql("SELECT archived FROM marketing_channel WHERE id = ?")
			.param(Long.parseLong(channelId))
			.query(Boolean.class)
			.single();
	}

	private static Object leadColumn(JdbcClient jdbc, String leadId, String column) {
		Object value = jdbc.sql("SELECT " + column + " FROM sales_lead WHERE id = ?")
			.param(Long.parseLong(leadId))
			.query((rs, n) -> rs.getObject(1))
			.single();
		return (value instanceof Number number) ? (Object) number.longValue() : value;
	}

	/**
	 * One column of every lead, by id: a refused lead update must leave all of them as
	 * they were.
	 */
	private static Map<Long, Object> leadsColumn(JdbcClient jdbc, String column) {
		Map<Long, Object> values = new HashMap<>();
		jdbc.sql("SELECT id, " + column + " FROM sales_lead").query((rs) -> {
			Object value = rs.getObject(2);
			values.put(rs.getLong(1), (value instanceof Number number) ? (Object) number.longValue() : value);
		});
		return values;
	}

}
