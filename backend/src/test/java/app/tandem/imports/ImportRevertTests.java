package app.tandem.imports;

import java.util.List;
import java.util.Map;

import app.tandem.support.Company;
import app.tandem.support.TandemTest;
import app.tandem.support.Uploads;
import app.tandem.support.Uploads.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.context.TestPropertySource;

import static app.tandem.imports.ImportFiles.AMO_HEADER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Import batches (SPEC §8): listed for owners, reverted with every figure put back,
 * refused when records changed since.
 */
@TandemTest
@TestPropertySource(properties = { "tandem.import.max-bytes=64KB", "tandem.import.max-rows=300" })
class ImportRevertTests {

	@Autowired
	Company company;

	@LocalServerPort
	int port;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	Uploads uploads;

	String direct;

	@BeforeEach
	void company() {
		Company c = this.company.reset();
		this.direct = c.channel("Yandex Direct");
		String smm = c.channel("SMM");
		c.owner.graphql()
			.document("mutation($a: UpdateChannelInput!, $b: UpdateChannelInput!) { a: updateChannel(input: $a) { id } "
					+ "b: updateChannel(input: $b) { id } }")
			.variable("a", Map.of("id", this.direct, "marketerId", c.marketer.idString(), "aliases", List.of("yandex")))
			.variable("b", Map.of("id", smm, "marketerId", c.marketer2.idString()))
			.execute()
			.path("b.id")
			.hasValue();
		// What was there before any import: a lead the hunter won, a lead still open,
		// some spend.
		String won = c.lead(this.direct, c.marketer, "2026-11-02T10:00:00+03:00", c.hunter);
		c.deal(c.client("Volga Logistics"), won, c.hunter, "2026-11-04", "10000.00", "4000.00");
		c.spend(this.direct, c.marketer, "2026-11-02", "3000.00");
		this.uploads = new Uploads(this.port);
	}

	static byte[] amo(String firstStatus) {
		return ImportFiles.utf8Bom(AMO_HEADER,
				"1001;Заказ 1;ООО Волга;;Ivan Hunter;" + firstStatus
						+ ";50 000;01.11.2026 00:30:00;14.11.2026;;yandex;;20 000",
				"1002;Заказ 2;ООО Урал;;Sergey Hunter;Успешно реализовано;150 000,50;31.10.2026 23:59:59;10.11.2026;;;SMM;90 000",
				"1003;Заказ 3;;Анна;Ivan Hunter;Закрыто и не реализовано;;05.11.2026 10:00:00;06.11.2026;Спам;yandex;;");
	}

	Answer importAmo(byte[] file) {
		return this.uploads.send(this.company.owner.token(), "amocrm.csv", file, "amocrm-leads", false);
	}

	Answer importDirect(String cost) {
		return this.uploads.send(this.company.owner.token(), "direct.tsv",
				ImportFiles.utf8("Date\tCampaignName\tCost", "2026-11-03\tyandex\t" + cost), "yandex-direct", false);
	}

	String figures() {
		StringBuilder all = new StringBuilder();
		for (String period : List.of("2026-10", "2026-11")) {
			all.append(this.company.owner.graphql()
				.document("query($p: YearMonth!) { dashboard(period: $p) { leads spend turnover grossMargin newClients "
						+ "leadConversion channels { channel { name } leads spend notTargetShare attributedTurnover } } }")
				.variable("p", period)
				.execute()
				.path("dashboard")
				.entity(new ParameterizedTypeReference<Map<String, Object>>() {
				})
				.get());
		}
		return all.toString();
	}

	GraphQlTester.Response revert(String batchId) {
		return this.company.owner.graphql()
			.document("mutation($id: ID!) { revertImport(id: $id) { id revertedAt rows created } }")
			.variable("id", batchId)
			.execute();
	}

	@Test
	void revertingPutsEveryFigureBackAndKeepsTheRecordsInHistory() {
		String before = figures();
		String leads = (String) importAmo(amo("Первичный контакт")).json().get("batchId");
		String spend = (String) importDirect("1 500,00").json().get("batchId");
		// a second import that updates what the first created: 1001 is won now, Direct's
		// cost corrected
		Answer update = importAmo(amo("Успешно реализовано"));
		assertThat(update.counts()).containsExactly(0, 1, 2, 0);
		String leadsUpdate = (String) update.json().get("batchId");
		Answer spendUpdate = importDirect("1 700,00");
		assertThat(spendUpdate.counts()).containsExactly(0, 1, 0, 0);
		String afterImports = figures();
		assertThat(afterImports).isNotEqualTo(before);

		// newest first, as an owner would take them back
		revert((String) spendUpdate.json().get("batchId")).path("revertImport.revertedAt").hasValue();
		revert(leadsUpdate).path("revertImport.revertedAt").hasValue();
		assertThat(this.company.count("deal")).isEqualTo(3);
		revert(spend).path("revertImport.revertedAt").hasValue();
		revert(leads).path("revertImport.id").entity(String.class).isEqualTo(leads);
		assertThat(figures()).isEqualTo(before);

		// the imported records are kept, voided, with the revert in their history
		assertThat(this.company.count("sales_lead")).isEqualTo(4);
		String leadId = this.jdbc.sql("SELECT MAX(id) FROM sales_lead").query(Long.class).single().toString();
		this.company.owner.graphql()
			.document("query($id: ID!) { recordHistory(kind: LEAD, id: $id) { action reason } }")
			.variable("id", leadId)
			.execute()
			.path("recordHistory[-1].action")
			.entity(String.class)
			.isEqualTo("VOIDED");

		// taken back, the same file imports afresh
		assertThat(importAmo(amo("Первичный контакт")).counts()).containsExactly(3, 0, 0, 0);
		assertThat(importDirect("1 500,00").counts()).containsExactly(1, 0, 0, 0);
	}

	@Test
	void aRecordChangedSinceTheImportMakesTheRevertAConflictThatChangesNothing() {
		String batch = (String) importAmo(amo("Первичный контакт")).json().get("batchId");
		String lead = this.company.owner.graphql()
			.document("{ leads(first: 10, filter: {status: OPEN}) { edges { node { id externalId } } } }")
			.execute()
			.path("leads.edges[?(@.node.externalId == 'amocrm:1001')].node.id")
			.entityList(String.class)
			.get()
			.get(0);
		this.company.closeLead(lead, "LOST", "NO_BUDGET");
		java.util.Map<String, String> before = this.company.snapshot();
		revert(batch).errors().satisfy((errors) -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getExtensions()).containsEntry("classification", "CONFLICT");
			assertThat(errors.get(0).getMessage()).contains("row 1");
		});
		assertThat(this.company.snapshot()).isEqualTo(before);
	}

	@Test
	void aBatchIsRevertedOnceAndOnlyByAnOwner() {
		String batch = (String) importDirect("100").json().get("batchId");
		for (Company.Member member : List.of(this.company.marketer, this.company.hunter, this.company.farmer)) {
			member.graphql()
				.document("mutation($id: ID!) { revertImport(id: $id) { id } }")
				.variable("id", batch)
				.execute()
				.errors()
				.satisfy((errors) -> assertThat(errors.get(0).getExtensions()).containsEntry("classification",
						"FORBIDDEN"));
		}
		revert(batch).path("revertImport.revertedAt").hasValue();
		revert(batch).errors().satisfy((errors) -> {
			assertThat(errors.get(0).getExtensions()).containsEntry("classification", "BAD_REQUEST")
				.containsEntry("field", "id");
			assertThat(errors.get(0).getMessage()).contains("reverted already");
		});
	}

	@Test
	void importBatchesListsTheOwnersImportsNewestFirst() {
		importAmo(amo("Первичный контакт"));
		Answer dry = this.uploads.send(this.company.owner.token(), "direct.tsv",
				ImportFiles.utf8("Date\tCampaignName\tCost", "2026-11-03\tyandex\t5"), "yandex-direct", true);
		assertThat(dry.json().get("batchId")).isNull();
		importDirect("100");
		this.company.owner.graphql()
			.document("{ importBatches(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { source "
					+ "fileName fileSha256 rows created updated unchanged failed createdAt createdBy { fullName } "
					+ "revertedAt } } } }")
			.execute()
			.path("importBatches.totalCount")
			.entity(Integer.class)
			.isEqualTo(2)
			.path("importBatches.pageInfo.hasNextPage")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("importBatches.edges[0].node.source")
			.entity(String.class)
			.isEqualTo("yandex-direct")
			.path("importBatches.edges[0].node.fileName")
			.entity(String.class)
			.isEqualTo("direct.tsv")
			.path("importBatches.edges[0].node.createdBy.fullName")
			.entity(String.class)
			.isEqualTo("Olga Owner")
			.path("importBatches.edges[0].node.fileSha256")
			.entity(String.class)
			.satisfies((sha) -> assertThat(sha).hasSize(64))
			.path("importBatches.edges[0].node.rows")
			.entity(Integer.class)
			.isEqualTo(1);
		this.company.marketer.graphql()
			.document("{ importBatches(first: 5) { totalCount } }")
			.execute()
			.errors()
			.satisfy(
					(errors) -> assertThat(errors.get(0).getExtensions()).containsEntry("classification", "FORBIDDEN"));
	}

}
