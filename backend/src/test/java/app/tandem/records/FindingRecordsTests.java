package app.tandem.records;

import java.util.Map;

import app.tandem.support.Company;
import app.tandem.support.Refusals;
import app.tandem.support.TandemTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * SPEC §7 "Finding records": filters on every list with totalCount, and a filter never
 * shows more than a person may see.
 */
@TandemTest
class FindingRecordsTests {

	@Autowired
	Company company;

	@BeforeEach
	void records() {
		Company c = this.company.reset();
		String direct = c.channel("Yandex Direct");
		String smm = c.channel("SMM");
		c.spend(direct, c.marketer, "2026-10-10", "100.00");
		c.spend(direct, c.marketer, "2026-11-02", "200.00");
		c.spend(smm, c.marketer2, "2026-11-03", "300.00");
		String a = c.lead(direct, c.marketer, "2026-10-31T22:30:00+03:00", c.hunter);
		c.lead(direct, c.marketer, "2026-11-02T10:00:00+03:00", c.hunter);
		String lost = c.lead(smm, c.marketer2, "2026-11-03T10:00:00+03:00", c.hunter2);
		c.closeLead(lost, "LOST", "NOT_TARGET");
		String volga = c.client("Volga Logistics");
		String ural = c.client("Ural Metal");
		c.deal(volga, a, c.hunter, "2026-11-05", "1000.00", "100.00");
		c.deal(ural, null, c.hunter2, "2026-11-06", "2000.00", "200.00");
	}

	@Test
	void leadsByDayChannelPersonStatusAndText() {
		Company c = this.company;
		count(c.owner, "leads(first: 1, filter: {from: \"2026-11-01\", to: \"2026-11-30\"})", 2);
		// 22:30 on 31 October in Moscow is an October lead whatever UTC says.
		count(c.owner, "leads(first: 1, filter: {from: \"2026-10-31\", to: \"2026-10-31\"})", 1);
		count(c.owner, "leads(first: 1, filter: {status: LOST, lostReason: NOT_TARGET})", 1);
		count(c.owner, "leads(first: 1, filter: {converted: true})", 1);
		count(c.owner, "leads(first: 1, filter: {search: \"direct\"})", 2);
		count(c.owner, "leads(first: 1, filter: {assigneeId: \"" + c.hunter.idString() + "\"})", 2);
		// A marketer's filter only narrows their own leads.
		count(c.marketer2, "leads(first: 1, filter: {search: \"direct\"})", 0);
		count(c.marketer2, "leads(first: 1)", 1);
	}

	@Test
	void dealsSpendAndClients() {
		Company c = this.company;
		count(c.owner, "deals(first: 1, filter: {search: \"URAL\"})", 1);
		count(c.owner, "deals(first: 1, filter: {fromLead: true})", 1);
		count(c.owner, "deals(first: 1, filter: {marketerId: \"" + c.marketer.idString() + "\"})", 1);
		count(c.marketer, "deals(first: 1)", 1);
		count(c.owner, "spends(first: 1, filter: {from: \"2026-11-01\"})", 2);
		count(c.owner, "spends(first: 1, filter: {marketerId: \"" + c.marketer2.idString() + "\"})", 1);
		count(c.owner, "clients(first: 1, filter: {search: \"volga\"})", 1);
		count(c.owner, "clients(first: 1, filter: {acquiredById: \"" + c.hunter2.idString() + "\"})", 1);
		// Client lists are not shared between salespeople.
		count(c.hunter, "clients(first: 1, filter: {search: \"ural\"})", 0);
		count(c.owner, "channels(first: 1)", 2);
	}

	@Test
	void badFiltersAreRefusedAtTheirField() {
		Company c = this.company;
		Refusals.assertRefused(c, c.owner.graphql(),
				"{ leads(filter: {from: \"2026-11-30\", to: \"2026-11-01\"}) { totalCount } }", Map.of(), "BAD_REQUEST",
				"to");
		Refusals.assertRefused(c, c.owner.graphql(), "{ deals(filter: {from: \"1900-01-01\"}) { totalCount } }",
				Map.of(), "BAD_REQUEST", "from");
		Refusals.assertRefused(c, c.owner.graphql(),
				"{ clients(filter: {search: \"" + "x".repeat(101) + "\"}) { totalCount } }", Map.of(), "BAD_REQUEST",
				"search");
		Refusals.assertRefused(c, c.owner.graphql(), "{ leads(filter: {channelId: \"abc\"}) { totalCount } }", Map.of(),
				"NOT_FOUND", "channelId");
	}

	private void count(Company.Member who, String list, int expected) {
		String field = list.substring(0, list.indexOf('('));
		who.graphql()
			.document("{ " + list + " { totalCount } }")
			.execute()
			.path(field + ".totalCount")
			.entity(Integer.class)
			.isEqualTo(expected);
	}

}
