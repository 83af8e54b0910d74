package app.tandem.imports;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import app.tandem.support.Company;
import app.tandem.support.Company.Member;
import app.tandem.support.TandemTest;
import app.tandem.support.Uploads;
import app.tandem.support.Uploads.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static app.tandem.imports.ImportFiles.AMO_HEADER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SPEC §8 through HTTP: every preset on files written as the real tools write them, dry
 * runs, bad rows, idempotency, limits and who may import. "Today" is 15 November 2026 in
 * Moscow.
 */
@TandemTest
@TestPropertySource(properties = { "tandem.import.max-bytes=64KB", "tandem.import.max-rows=300" })
class ImportTests {

	@Autowired
	Company company;

	@LocalServerPort
	int port;

	Uploads uploads;

	String direct;

	String smm;

	@BeforeEach
	void company() {
		Company c = this.company.reset();
		c.hire("Семён Охотников", "semen@test.tandem", "EMPLOYEE", "HUNTER");
		this.direct = c.channel("Yandex Direct");
		this.smm = c.channel("SMM");
		c.owner.graphql()
			.document("mutation($a: UpdateChannelInput!, $b: UpdateChannelInput!) { a: updateChannel(input: $a) { id } "
					+ "b: updateChannel(input: $b) { id } }")
			.variable("a",
					Map.of("id", this.direct, "marketerId", c.marketer.idString(), "aliases",
							List.of("yandex", "Поиск — Москва")))
			.variable("b", Map.of("id", this.smm, "marketerId", c.marketer2.idString(), "aliases", List.of("vk")))
			.execute()
			.path("b.id")
			.hasValue();
		this.uploads = new Uploads(this.port);
	}

	static byte[] amoFirst() {
		return ImportFiles.utf8Bom(AMO_HEADER,
				"1001;Заказ 1;ООО Волга;Пётр;Ivan Hunter;Первичный контакт;0;01.11.2026 00:30:00;не закрыта;;yandex;;",
				"1002;Заказ 2;ООО Урал;;семен охотников;Успешно реализовано;150 000,50;31.10.2026 23:59:59;10.11.2026;;;SMM;90 000",
				"1003;Заказ 3;;Анна;IVAN HUNTER;Закрыто и не реализовано;;05.11.2026 10:00:00;06.11.2026;Нецелевой;vk;;");
	}

	Answer amo(byte[] file, boolean dryRun, String... fields) {
		return this.uploads.send(this.company.owner.token(), "amocrm.csv", file, "amocrm-leads", dryRun, fields);
	}

	Map<String, Object> month(String period) {
		return this.company.owner.graphql()
			.document("query($p: YearMonth!) { dashboard(period: $p) { leads spend turnover grossMargin newClients } }")
			.variable("p", period)
			.execute()
			.path("dashboard")
			.entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	List<Map<String, Object>> leads() {
		return this.company.owner.graphql()
			.document("{ leads(first: 100) { edges { node { externalId createdAt status lostReason "
					+ "assignee { fullName } channel { name } marketer { fullName } } } } }")
			.execute()
			.path("leads.edges[*].node")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	Map<String, Object> lead(String externalId) {
		return leads().stream().filter((l) -> externalId.equals(l.get("externalId"))).findFirst().orElseThrow();
	}

	@Test
	void amoCrmUtf8WithBomAcrossMoscowMidnightCaseAndYo() {
		Answer answer = amo(amoFirst(), false);
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json()).containsEntry("dryRun", false)
			.containsEntry("source", "amocrm-leads")
			.containsEntry("rows", 3);
		assertThat(answer.counts()).containsExactly(3, 0, 0, 0);
		assertThat(answer.json().get("batchId")).isNotNull();
		assertThat(answer.errors()).isEmpty();

		// 00:30 on 1 November in Moscow is 31 October in UTC: the lead is November's.
		assertThat(lead("amocrm:1001")).containsEntry("createdAt", "2026-11-01T00:30:00+03:00")
			.containsEntry("status", "OPEN")
			.containsEntry("channel", Map.of("name", "Yandex Direct"))
			.containsEntry("marketer", Map.of("fullName", "Anna Marketer"));
		assertThat(lead("amocrm:1002")).containsEntry("createdAt", "2026-10-31T23:59:59+03:00")
			.containsEntry("status", "WON")
			.containsEntry("assignee", Map.of("fullName", "Семён Охотников"));
		assertThat(lead("amocrm:1003")).containsEntry("status", "LOST").containsEntry("lostReason", "NOT_TARGET");
		assertThat(month("2026-11")).containsEntry("leads", 2)
			.containsEntry("turnover", "150000.50")
			.containsEntry("grossMargin", "60000.50")
			.containsEntry("newClients", 1);
		assertThat(month("2026-10")).containsEntry("leads", 1);
	}

	@Test
	void sameFileAgainIsUnchangedAndAStatusChangeUpdatesTheLeadAndRecordsItsDeal() {
		amo(amoFirst(), false);
		Answer again = amo(amoFirst(), false);
		assertThat(again.counts()).containsExactly(0, 0, 3, 0);
		assertThat(this.company.count("sales_lead")).isEqualTo(3);
		assertThat(this.company.count("deal")).isEqualTo(1);

		byte[] won = ImportFiles.utf8Bom(AMO_HEADER,
				"1001;Заказ 1;ООО Волга;Пётр;Ivan Hunter;Успешно реализовано;50 000;01.11.2026 00:30:00;14.11.2026;;yandex;;",
				"1002;Заказ 2;ООО Урал;;семен охотников;Успешно реализовано;150 000,50;31.10.2026 23:59:59;10.11.2026;;;SMM;90 000",
				"1003;Заказ 3;;Анна;IVAN HUNTER;Закрыто и не реализовано;;05.11.2026 10:00:00;06.11.2026;Нецелевой;vk;;");
		Answer changed = amo(won, false, "costShare", "0.5");
		assertThat(changed.counts()).containsExactly(0, 1, 2, 0);
		assertThat(lead("amocrm:1001")).containsEntry("status", "WON");
		assertThat(this.company.count("deal")).isEqualTo(2);
		assertThat(month("2026-11")).containsEntry("turnover", "200000.50").containsEntry("grossMargin", "85000.50");
		assertThat(amo(won, false, "costShare", "0.5").counts()).containsExactly(0, 0, 3, 0);
	}

	@Test
	void windows1251WithSemicolonsAndSpacedDecimalCommas() {
		String header = "ID;Компания;Ответственный;Статус сделки;Бюджет;Дата создания;Дата закрытия;Источник";
		String row = "2001;ЗАО Ёлка;Семён Охотников;Успешно реализовано;1\u00A0234,56;03.11.2026 09:00;04.11.2026;vk";
		Answer missingCost = amo(ImportFiles.windows1251(header, row), false);
		assertThat(missingCost.counts()).containsExactly(0, 0, 0, 1);
		assertThat(missingCost.errors()).singleElement().satisfies((error) -> {
			assertThat(error).containsEntry("row", 1).containsEntry("column", "Себестоимость");
			assertThat((String) error.get("message")).contains("costShare");
		});
		assertThat(this.company.count("sales_lead")).isZero();

		Answer answer = amo(ImportFiles.windows1251(header, row), false, "costShare", "0.6");
		assertThat(answer.counts()).containsExactly(1, 0, 0, 0);
		// How the file was read is in the answer, so the import screen can show a wrong
		// guess.
		assertThat(answer.json()).containsEntry("format", "CSV")
			.containsEntry("encoding", "windows-1251")
			.containsEntry("delimiter", ";");
		assertThat(answer.json().get("columns")).asList()
			.contains(Map.of("header", "Ответственный", "field", "Ответственный"),
					Map.of("header", "Источник", "field", "Источник"))
			.doesNotContain(Map.of("header", "Себестоимость", "field", "Себестоимость"));
		assertThat(month("2026-11")).containsEntry("turnover", "1234.56").containsEntry("grossMargin", "493.82");
		assertThat(this.company.owner.graphql()
			.document("{ clients(first: 5) { edges { node { name } } } }")
			.execute()
			.path("clients.edges[0].node.name")
			.entity(String.class)
			.get()).isEqualTo("ЗАО Ёлка");
	}

	@Test
	void xlsxWithDateCellsAndNumbers() {
		byte[] workbook = ImportFiles.xlsx(List.of(
				List.of("ID", "Компания", "Ответственный", "Статус сделки", "Бюджет", "Дата создания", "Дата закрытия",
						"utm_source", "Себестоимость"),
				List.of(3001, "ООО Ока", "Ivan Hunter", "Успешно реализовано", 2500.5,
						LocalDateTime.of(2026, 11, 2, 23, 45, 10), "03.11.2026", "Yandex", 1000),
				List.of(3002, "", "Ivan Hunter", "Переговоры", 0, LocalDateTime.of(2026, 11, 3, 0, 15), "", "vk", "")));
		Answer answer = this.uploads.send(this.company.owner.token(), "amocrm.xlsx", workbook, "amocrm-leads", false);
		assertThat(answer.errors()).isEmpty();
		assertThat(answer.json()).containsEntry("format", "XLSX")
			.containsEntry("encoding", null)
			.containsEntry("delimiter", null);
		assertThat(answer.counts()).containsExactly(2, 0, 0, 0);
		assertThat(lead("amocrm:3001")).containsEntry("createdAt", "2026-11-02T23:45:10+03:00")
			.containsEntry("status", "WON");
		assertThat(lead("amocrm:3002")).containsEntry("createdAt", "2026-11-03T00:15:00+03:00")
			.containsEntry("channel", Map.of("name", "SMM"));
		assertThat(month("2026-11")).containsEntry("turnover", "2500.50").containsEntry("grossMargin", "1500.50");
	}

	@Test
	void yandexDirectReportWithTitleAndTotalLinesByCampaignAlias() {
		byte[] report = ImportFiles.utf8("\"Campaign performance report (01.11.2026 - 02.11.2026)\"",
				"Date\tCampaignName\tImpressions\tClicks\tCost", "2026-11-01\tПоиск — Москва\t1000\t50\t1234.50",
				"2026-11-02\tSMM\t800\t12\t700", "Total rows: 2\t\t1800\t62\t1934.50");
		Answer answer = this.uploads.send(this.company.owner.token(), "direct.tsv", report, "yandex-direct", false);
		assertThat(answer.errors()).isEmpty();
		assertThat(answer.json()).containsEntry("rows", 2)
			.containsEntry("encoding", "UTF-8")
			.containsEntry("delimiter", "\t");
		// In the file's order; Impressions and Clicks are not read.
		assertThat(answer.json().get("columns")).isEqualTo(List.of(Map.of("header", "Date", "field", "Date"),
				Map.of("header", "CampaignName", "field", "CampaignName"), Map.of("header", "Cost", "field", "Cost")));
		assertThat(answer.counts()).containsExactly(2, 0, 0, 0);
		assertThat(month("2026-11")).containsEntry("spend", "1934.50");
		assertThat(this.uploads.send(this.company.owner.token(), "direct.tsv", report, "yandex-direct", false).counts())
			.containsExactly(0, 0, 2, 0);

		byte[] corrected = ImportFiles.utf8("Date\tCampaignName\tCost", "2026-11-01\tПоиск — Москва\t1300.00",
				"2026-11-02\tSMM\t700");
		assertThat(
				this.uploads.send(this.company.owner.token(), "direct.tsv", corrected, "yandex-direct", false).counts())
			.containsExactly(0, 1, 1, 0);
		assertThat(month("2026-11")).containsEntry("spend", "2000.00");
		assertThat(this.company.count("marketing_spend")).isEqualTo(2);
	}

	@Test
	void bitrix24DealsExport() {
		byte[] export = ImportFiles.utf8(
				"ID,Название,Стадия сделки,Сумма,Ответственный,Источник,UTM_SOURCE,Дата создания,"
						+ "Дата закрытия,Компания,Контакт",
				"77,Поставка,Сделка успешна,\"1,234.50\",Maria Farmer,SMM,,04.11.2026 12:00:00,05.11.2026,ООО Кама,",
				"78,Монтаж,Сделка провалена,0,Ivan Hunter,,yandex,2026-11-05T10:00:00,05.11.2026,,",
				"79,Аудит,Новая,10000,,Yandex Direct,,2026-11-06,30.11.2026,,");
		Answer answer = this.uploads.send(this.company.owner.token(), "deals.csv", export, "bitrix24-deals", false,
				"costShare", "0.5");
		assertThat(answer.errors()).isEmpty();
		assertThat(answer.counts()).containsExactly(3, 0, 0, 0);
		assertThat(lead("bitrix24:77")).containsEntry("status", "WON");
		assertThat(lead("bitrix24:78")).containsEntry("status", "LOST").containsEntry("lostReason", "OTHER");
		assertThat(lead("bitrix24:79")).containsEntry("status", "OPEN").containsEntry("assignee", null);
		assertThat(month("2026-11")).containsEntry("turnover", "1234.50").containsEntry("grossMargin", "617.25");
	}

	@Test
	void tandemTemplatesForLeadsDealsAndSpend() {
		String owner = this.company.owner.token();
		Answer leads = this.uploads.send(owner, "leads.csv", ImportFiles.utf8(
				"externalId,createdAt,channel,marketer,assignee,status,lostReason,client,closedOn,revenue,cost",
				"L-1,2026-11-03T10:00:00+03:00,SMM,,Ivan Hunter,OPEN,,,,,",
				"L-2,03.11.2026 11:00,Yandex Direct,Dmitry Marketer,Ivan Hunter,WON,,Neva Print,05.11.2026,1000,400"),
				"tandem-leads", false);
		assertThat(leads.errors()).isEmpty();
		assertThat(leads.counts()).containsExactly(2, 0, 0, 0);
		assertThat(lead("L-2")).containsEntry("marketer", Map.of("fullName", "Dmitry Marketer"));

		Answer deals = this.uploads.send(owner, "deals.csv",
				ImportFiles.utf8("externalId;client;salesperson;closedOn;revenue;cost;leadExternalId",
						"D-1;Neva Print;Maria Farmer;12.11.2026;2 000,00;500;",
						"D-2;Oka Timber;Ivan Hunter;13.11.2026;300;100;L-1"),
				"tandem-deals", false);
		assertThat(deals.errors()).isEmpty();
		assertThat(deals.counts()).containsExactly(2, 0, 0, 0);
		assertThat(lead("L-1")).containsEntry("status", "WON");
		assertThat(this.company.count("client")).isEqualTo(2);

		Answer spend = this.uploads.send(owner, "spend.csv",
				ImportFiles.utf8("day,channel,amount,marketer", "01.11.2026,SMM,100.00,", "02.11.2026,vk,50,"),
				"tandem-spend", false);
		assertThat(spend.counts()).containsExactly(2, 0, 0, 0);
		assertThat(month("2026-11")).containsEntry("spend", "150.00").containsEntry("turnover", "3300.00");
	}

	@Test
	void aDryRunReportsWhatAnImportWouldDoAndWritesNothing() {
		Map<String, String> before = this.company.snapshot();
		Answer dry = amo(amoFirst(), true);
		assertThat(dry.json()).containsEntry("dryRun", true).containsEntry("batchId", null);
		assertThat(dry.counts()).containsExactly(3, 0, 0, 0);
		assertThat(this.company.snapshot()).isEqualTo(before);
		assertThat(amo(amoFirst(), false).counts()).isEqualTo(dry.counts());
	}

	@Test
	void aBadRowIsNamedByRowAndColumnAndNothingIsWritten() {
		byte[] file = ImportFiles.utf8Bom(AMO_HEADER,
				"1001;Заказ 1;ООО Волга;Пётр;Ivan Hunter;Первичный контакт;0;01.11.2026 00:30:00;не закрыта;;yandex;;",
				"1002;Заказ 2;ООО Урал;;Пётр Незнакомов;Успешно реализовано;150 000,50;31.10.2026 23:59:59;10.11.2026;;;SMM;90 000",
				"1003;Заказ 3;;Анна;Ivan Hunter;Закрыто и не реализовано;;31.02.2026 10:00:00;06.11.2026;Нецелевой;vk;;",
				"1004;Заказ 4;;Анна;Ivan Hunter;Первичный контакт;;05.11.2026 10:00:00;;;Радио;;");
		Map<String, String> before = this.company.snapshot();
		Answer answer = amo(file, false);
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json()).containsEntry("batchId", null).containsEntry("rows", 4);
		assertThat(answer.counts()).containsExactly(0, 0, 0, 3);
		assertThat(answer.errors()).extracting((e) -> e.get("row"), (e) -> e.get("column"))
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "Ответственный"),
					org.assertj.core.groups.Tuple.tuple(3, "Дата создания"),
					org.assertj.core.groups.Tuple.tuple(4, "utm_source"));
		assertThat(this.company.snapshot()).isEqualTo(before);

		Answer skipping = amo(file, false, "skipInvalidRows", "true");
		assertThat(skipping.counts()).containsExactly(1, 0, 0, 3);
		assertThat(skipping.json().get("batchId")).isNotNull();
		assertThat(this.company.count("sales_lead")).isEqualTo(1);
	}

	@Test
	void aRowTheRecordsModuleRefusesIsNamedAtItsColumn() {
		// A deal closed before its lead came in: the records module's own rule, reported
		// at the column.
		byte[] file = ImportFiles.utf8Bom(AMO_HEADER,
				"1001;Заказ;ООО Волга;;Ivan Hunter;Успешно реализовано;100;05.11.2026 10:00:00;01.11.2026;;yandex;;10",
				"1002;Заказ;ООО Волга;;Ivan Hunter;Первичный контакт;;05.11.2026 10:00:00;;;yandex;;");
		Answer answer = amo(file, false, "skipInvalidRows", "true");
		assertThat(answer.errors()).singleElement()
			.satisfies((e) -> assertThat(e).containsEntry("row", 1).containsEntry("column", "Дата закрытия"));
		assertThat(answer.counts()).containsExactly(1, 0, 0, 1);
		assertThat(this.company.count("sales_lead")).isEqualTo(1);
		assertThat(this.company.count("deal")).isZero();
		assertThat(this.company.count("client")).isZero();
	}

	@Test
	void whatIsNotATableOrTooLargeIsRefusedWholeWithItsLimit() {
		String owner = this.company.owner.token();
		Map<String, String> before = this.company.snapshot();
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1,
				0 };
		Answer image = this.uploads.send(owner, "photo.png", png, "amocrm-leads", false);
		assertThat(image.status()).isEqualTo(400);
		assertThat(image.code()).isEqualTo("NOT_A_TABLE");

		byte[] xls = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0 };
		Answer legacy = this.uploads.send(owner, "old.xls", xls, "amocrm-leads", false);
		assertThat(legacy.status()).isEqualTo(400);
		assertThat((String) legacy.errors().get(0).get("message")).contains(".xlsx");

		Answer wrongFile = this.uploads.send(owner, "spend.csv",
				ImportFiles.utf8("day,channel,amount", "01.11.2026,SMM,1"), "amocrm-leads", false);
		assertThat(wrongFile.status()).isEqualTo(400);
		assertThat(wrongFile.code()).isEqualTo("MISSING_COLUMNS");

		Answer unknown = this.uploads.send(owner, "x.csv", amoFirst(), "salesforce", false);
		assertThat(unknown.code()).isEqualTo("UNKNOWN_SOURCE");

		StringBuilder big = new StringBuilder("day,channel,amount\n");
		while (big.length() <= 64 * 1024) {
			big.append("01.11.2026,SMM,1.00,").append("x".repeat(100)).append('\n');
		}
		Answer tooLarge = this.uploads.send(owner, "big.csv", big.toString().getBytes(), "tandem-spend", false);
		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat((String) tooLarge.errors().get(0).get("message")).contains("65536", "tandem.import.max-bytes");

		StringBuilder many = new StringBuilder("day,channel,amount\n");
		for (int i = 0; i < 301; i++) {
			many.append("01.11.2026,SMM,1\n");
		}
		Answer tooMany = this.uploads.send(owner, "many.csv", many.toString().getBytes(), "tandem-spend", false);
		assertThat(tooMany.status()).isEqualTo(413);
		assertThat((String) tooMany.errors().get(0).get("message")).contains("300", "tandem.import.max-rows");
		assertThat(this.company.snapshot()).isEqualTo(before);
	}

	@Test
	void ownersImportEverythingAMarketerOnlyDirectSpendOfTheirOwnChannels() {
		Company c = this.company;
		byte[] own = ImportFiles.utf8("Дата\tКампания\tРасход (руб.)", "03.11.2026\tПоиск — Москва\t500");
		byte[] colleagues = ImportFiles.utf8("Date\tCampaignName\tCost", "2026-11-03\tПоиск — Москва\t500",
				"2026-11-03\tvk\t300");
		Map<String, String> before = c.snapshot();
		Answer refused = this.uploads.send(c.marketer.token(), "direct.tsv", colleagues, "yandex-direct", false);
		assertThat(refused.status()).isEqualTo(403);
		assertThat((String) refused.errors().get(0).get("message")).contains("SMM");
		assertThat(c.snapshot()).isEqualTo(before);
		for (Member member : List.of(c.marketer, c.hunter, c.farmer)) {
			assertThat(this.uploads.send(member.token(), "a.csv", amoFirst(), "amocrm-leads", true).status())
				.as(member.email())
				.isEqualTo(403);
		}
		assertThat(this.uploads.send(c.hunter.token(), "d.tsv", own, "yandex-direct", false).status()).isEqualTo(403);
		assertThat(this.uploads
			.send(c.marketer.token(), "s.csv", ImportFiles.utf8("day,channel,amount", "01.11.2026,Yandex Direct,1"),
					"tandem-spend", false)
			.status()).isEqualTo(403);
		Answer anonymous = this.uploads.send(null, "a.csv", amoFirst(), "amocrm-leads", false);
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.errors().get(0).get("extensions").toString()).contains("classification=UNAUTHORIZED");
		assertThat(c.snapshot()).isEqualTo(before);

		Answer allowed = this.uploads.send(c.marketer.token(), "direct.tsv", own, "yandex-direct", false);
		assertThat(allowed.status()).isEqualTo(200);
		assertThat(allowed.counts()).containsExactly(1, 0, 0, 0);
		assertThat(allowed.json().get("columns")).isEqualTo(List.of(Map.of("header", "Дата", "field", "Date"),
				Map.of("header", "Кампания", "field", "CampaignName"),
				Map.of("header", "Расход (руб.)", "field", "Cost")));
		assertThat(c.owner.graphql()
			.document("{ spends(first: 5) { edges { node { marketer { id } amount } } } }")
			.execute()
			.path("spends.edges[0].node.marketer.id")
			.entity(String.class)
			.get()).isEqualTo(c.marketer.idString());
	}

	@Test
	void theWebAppUploadsWithItsSessionCookieAndHeaderAsForGraphql() throws Exception {
		java.net.http.HttpResponse<String> login = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.header("X-Tandem-Client", "web")
				.POST(java.net.http.HttpRequest.BodyPublishers
					.ofString("{\"query\":\"mutation { login(email: \\\"" + this.company.owner.email()
							+ "\\\", password: \\\"" + Company.PASSWORD + "\\\") { employee { id } } }\"}"))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
		// The browser sends the cookie set for /api to the upload (and the /graphql one
		// only to /graphql).
		String setCookie = login.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.contains("Path=/api;"))
			.findFirst()
			.orElseThrow();
		String cookie = setCookie.substring(0, setCookie.indexOf(';'));

		Answer web = this.uploads.sendWith(Map.of("Cookie", cookie, "X-Tandem-Client", "web"), "amocrm.csv", amoFirst(),
				"amocrm-leads", true);
		assertThat(web.status()).isEqualTo(200);
		assertThat(web.counts()).containsExactly(3, 0, 0, 0);
		// Without the web app's header the cookie alone signs nothing in (another site
		// cannot ride on it).
		assertThat(this.uploads.sendWith(Map.of("Cookie", cookie), "amocrm.csv", amoFirst(), "amocrm-leads", true)
			.status()).isEqualTo(401);
	}

	@Test
	void templatesAreServedAsCsv() {
		var template = this.uploads.get("/api/imports/templates/tandem-leads.csv");
		assertThat(template.getStatus().value()).isEqualTo(200);
		assertThat(template.getResponseHeaders().getContentType().toString()).startsWith("text/csv");
		String text = new String(template.getResponseBody(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFexternalId,createdAt,channel,marketer,assignee,status,lostReason,client,"
				+ "closedOn,revenue,cost");
		assertThat(this.uploads.get("/api/imports/templates/tandem-deals.csv").getStatus().value()).isEqualTo(200);
		assertThat(this.uploads.get("/api/imports/templates/tandem-spend.csv").getStatus().value()).isEqualTo(200);
		assertThat(this.uploads.get("/api/imports/templates/amocrm-leads.csv").getStatus().value()).isEqualTo(404);
	}

}
