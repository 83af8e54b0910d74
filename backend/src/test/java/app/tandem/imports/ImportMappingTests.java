package app.tandem.imports;

import java.util.List;
import java.util.Map;

import app.tandem.support.Company;
import app.tandem.support.Company.Member;
import app.tandem.support.Refusals;
import app.tandem.support.TandemTest;
import app.tandem.support.Uploads;
import app.tandem.support.Uploads.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10 item 2 through HTTP: a saved column mapping per source. A file whose CRM names
 * its columns differently is refused with the headers it has; the owner maps them; the
 * same file then imports with the right values. Bad mappings are refused at their field;
 * a marketer keeps the Direct mapping only. "Today" is 15 November 2026 in Moscow.
 */
@TandemTest
class ImportMappingTests {

	static final String SET = """
			mutation($i: SetImportMappingInput!) { setImportMapping(input: $i) {
			  source changedAt changedBy { id } columns { field required builtInHeaders header } } }""";

	static final String GET = """
			query($s: String!) { importMapping(source: $s) {
			  source changedAt changedBy { id } columns { field required builtInHeaders header } } }""";

	static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

	@Autowired
	Company company;

	@LocalServerPort
	int port;

	Uploads uploads;

	@BeforeEach
	void company() {
		Company c = this.company.reset();
		String direct = c.channel("Yandex Direct");
		c.owner.graphql()
			.document("mutation($a: UpdateChannelInput!) { a: updateChannel(input: $a) { id } }")
			.variable("a", Map.of("id", direct, "marketerId", c.marketer.idString(), "aliases", List.of("yandex")))
			.execute()
			.path("a.id")
			.hasValue();
		this.uploads = new Uploads(this.port);
	}

	/**
	 * An amoCRM export with a renamed status column, a custom "Менеджер" field and the
	 * budget as "Сумма сделки".
	 */
	static byte[] renamedAmo() {
		return ImportFiles.utf8Bom(
				"ID;Название сделки;Компания;Менеджер;Статус;Сумма сделки;Дата создания;"
						+ "Дата закрытия;utm_source;Себестоимость",
				"7001;Заказ 1;ООО Волга;Ivan Hunter;Успешно реализовано;120 000,00;02.11.2026 10:00:00;05.11.2026;yandex;70 000",
				"7002;Заказ 2;;ivan hunter;Первичный контакт;;03.11.2026 11:00:00;;yandex;");
	}

	static Map<String, Object> line(String field, String header) {
		java.util.HashMap<String, Object> line = new java.util.HashMap<>();
		line.put("field", field);
		line.put("header", header);
		return line;
	}

	Map<String, Object> set(Member who, String source, List<Map<String, Object>> columns) {
		return who.graphql()
			.document(SET)
			.variable("i", Map.of("source", source, "columns", columns))
			.execute()
			.path("setImportMapping")
			.entity(MAP)
			.get();
	}

	Map<String, Object> get(Member who, String source) {
		return who.graphql().document(GET).variable("s", source).execute().path("importMapping").entity(MAP).get();
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> column(Map<String, Object> mapping, String field) {
		return ((List<Map<String, Object>>) mapping.get("columns")).stream()
			.filter((c) -> field.equals(c.get("field")))
			.findFirst()
			.orElseThrow();
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> extensions(Answer answer) {
		return (Map<String, Object>) answer.errors().get(0).get("extensions");
	}

	@Test
	void renamedColumnsAreRefusedThenMappedThenImportedWithTheRightValues() {
		Company c = this.company;
		Map<String, String> before = c.snapshot();
		Answer refused = this.uploads.send(c.owner.token(), "amo.csv", renamedAmo(), "amocrm-leads", true);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(extensions(refused)).containsEntry("code", "MISSING_COLUMNS")
			.containsEntry("classification", "BAD_REQUEST")
			.containsEntry("missing", List.of("Ответственный", "Статус сделки"))
			.containsEntry("headers", List.of("ID", "Название сделки", "Компания", "Менеджер", "Статус", "Сумма сделки",
					"Дата создания", "Дата закрытия", "utm_source", "Себестоимость"));
		assertThat(c.snapshot()).isEqualTo(before);

		Map<String, Object> fresh = get(c.owner, "amocrm-leads");
		assertThat(fresh).containsEntry("source", "amocrm-leads")
			.containsEntry("changedAt", null)
			.containsEntry("changedBy", null);
		assertThat(column(fresh, "Статус сделки")).containsEntry("required", true)
			.containsEntry("builtInHeaders", List.of("Статус сделки", "Этап сделки"))
			.containsEntry("header", null);
		assertThat(column(fresh, "Бюджет")).containsEntry("required", false);

		// case and ё/е do not matter, as for the built-in names
		Map<String, Object> saved = set(c.owner, "amocrm-leads", List.of(line("Ответственный", "менеджер"),
				line("Статус сделки", " Статус "), line("Бюджет", "Сумма сделки")));
		assertThat(column(saved, "Ответственный")).containsEntry("header", "менеджер");
		assertThat(column(saved, "Статус сделки")).containsEntry("header", "Статус");
		assertThat(column(saved, "ID")).containsEntry("header", null);
		assertThat(saved.get("changedAt")).isNotNull();
		assertThat(saved.get("changedBy")).isEqualTo(Map.of("id", c.owner.idString()));
		assertThat(get(c.owner, "amocrm-leads")).isEqualTo(saved);
		assertThat(c.count("import_mapping")).isEqualTo(3);
		assertThat(c.count("import_mapping_change")).isEqualTo(3);
		// another source's mapping is its own
		assertThat(column(get(c.owner, "bitrix24-deals"), "Ответственный")).containsEntry("header", null);

		Map<String, String> mapped = c.snapshot();
		Answer dry = this.uploads.send(c.owner.token(), "amo.csv", renamedAmo(), "amocrm-leads", true);
		assertThat(dry.status()).isEqualTo(200);
		assertThat(dry.errors()).isEmpty();
		assertThat(dry.counts()).containsExactly(2, 0, 0, 0);
		assertThat(dry.json().get("columns"))
			.isEqualTo(List.of(Map.of("header", "ID", "field", "ID"), Map.of("header", "Компания", "field", "Компания"),
					Map.of("header", "Менеджер", "field", "Ответственный"),
					Map.of("header", "Статус", "field", "Статус сделки"),
					Map.of("header", "Сумма сделки", "field", "Бюджет"),
					Map.of("header", "Дата создания", "field", "Дата создания"),
					Map.of("header", "Дата закрытия", "field", "Дата закрытия"),
					Map.of("header", "utm_source", "field", "utm_source"),
					Map.of("header", "Себестоимость", "field", "Себестоимость")));
		assertThat(dry.json().get("headers")).isEqualTo(List.of("ID", "Название сделки", "Компания", "Менеджер",
				"Статус", "Сумма сделки", "Дата создания", "Дата закрытия", "utm_source", "Себестоимость"));
		assertThat(c.snapshot()).as("a dry run writes nothing").isEqualTo(mapped);

		Answer applied = this.uploads.send(c.owner.token(), "amo.csv", renamedAmo(), "amocrm-leads", false);
		assertThat(applied.status()).isEqualTo(200);
		assertThat(applied.counts()).containsExactly(2, 0, 0, 0);
		List<Map<String, Object>> leads = c.owner.graphql()
			.document("{ leads(first: 10) { edges { node { externalId status assignee { fullName } } } } }")
			.execute()
			.path("leads.edges[*].node")
			.entityList(MAP)
			.get();
		assertThat(leads).extracting((l) -> l.get("externalId") + " " + l.get("status") + " " + l.get("assignee"))
			.containsExactlyInAnyOrder("amocrm:7001 WON {fullName=Ivan Hunter}",
					"amocrm:7002 OPEN {fullName=Ivan Hunter}");
		Map<String, Object> month = c.owner.graphql()
			.document("{ dashboard(period: \"2026-11\") { leads turnover grossMargin } }")
			.execute()
			.path("dashboard")
			.entity(MAP)
			.get();
		assertThat(month).containsEntry("leads", 2)
			.containsEntry("turnover", "120000.00")
			.containsEntry("grossMargin", "50000.00");

		// A blank header clears the field's saved header: the file is refused again.
		Map<String, Object> cleared = set(c.owner, "amocrm-leads",
				List.of(line("Статус сделки", "  "), line("Ответственный", null)));
		assertThat(column(cleared, "Статус сделки")).containsEntry("header", null);
		assertThat(column(cleared, "Ответственный")).containsEntry("header", null);
		assertThat(column(cleared, "Бюджет")).containsEntry("header", "Сумма сделки");
		assertThat(c.count("import_mapping")).isEqualTo(1);
		assertThat(c.count("import_mapping_change")).isEqualTo(5);
		Answer again = this.uploads.send(c.owner.token(), "amo.csv", renamedAmo(), "amocrm-leads", true);
		assertThat(extensions(again)).containsEntry("code", "MISSING_COLUMNS")
			.containsEntry("missing", List.of("Ответственный", "Статус сделки"));
	}

	@Test
	void aSavedHeaderComesBeforeTheBuiltInNamesAndIsNotReadAsAnotherField() {
		Company c = this.company;
		// an English-UI report whose "Cost" includes VAT; the company counts "Spend"; its
		// day is "Day"
		byte[] report = ImportFiles.utf8("Day\tCampaign\tCost\tSpend", "2026-11-03\tyandex\t1200\t1000",
				"2026-11-04\tyandex\t600\t500");
		Answer refused = this.uploads.send(c.owner.token(), "direct.tsv", report, "yandex-direct", true);
		assertThat(extensions(refused)).containsEntry("missing", List.of("Date", "CampaignName"))
			.containsEntry("headers", List.of("Day", "Campaign", "Cost", "Spend"));

		set(c.marketer, "yandex-direct",
				List.of(line("Date", "Day"), line("CampaignName", "Campaign"), line("Cost", "Spend")));
		Answer applied = this.uploads.send(c.marketer.token(), "direct.tsv", report, "yandex-direct", false);
		assertThat(applied.errors()).isEmpty();
		assertThat(applied.counts()).containsExactly(2, 0, 0, 0);
		assertThat(applied.json().get("columns")).isEqualTo(List.of(Map.of("header", "Day", "field", "Date"),
				Map.of("header", "Campaign", "field", "CampaignName"), Map.of("header", "Spend", "field", "Cost")));
		assertThat(c.owner.graphql()
			.document("{ dashboard(period: \"2026-11\") { spend } }")
			.execute()
			.path("dashboard.spend")
			.entity(String.class)
			.get()).isEqualTo("1500.00");
		assertThat(get(c.owner, "yandex-direct").get("changedBy")).isEqualTo(Map.of("id", c.marketer.idString()));

		// A file with the built-in names still imports: the saved headers are tried
		// first, not only.
		byte[] plain = ImportFiles.utf8("Date\tCampaignName\tCost", "2026-11-05\tyandex\t100");
		assertThat(this.uploads.send(c.owner.token(), "plain.tsv", plain, "yandex-direct", false).counts())
			.containsExactly(1, 0, 0, 0);

		// A saved header is its field's only: "Дата" (a built-in name of Date) saved for
		// CampaignName is not a date.
		set(c.owner, "yandex-direct", List.of(line("Date", null), line("CampaignName", "Дата")));
		byte[] odd = ImportFiles.utf8("День\tДата\tРасход", "06.11.2026\tyandex\t50");
		Answer read = this.uploads.send(c.owner.token(), "odd.tsv", odd, "yandex-direct", false);
		assertThat(read.errors()).isEmpty();
		assertThat(read.json().get("columns")).isEqualTo(List.of(Map.of("header", "День", "field", "Date"),
				Map.of("header", "Дата", "field", "CampaignName"), Map.of("header", "Расход", "field", "Cost")));
	}

	@Test
	void badMappingsAreRefusedAtTheirFieldAndWriteNothing() {
		Company c = this.company;
		set(c.owner, "amocrm-leads", List.of(line("Ответственный", "Менеджер")));
		GraphQlTester owner = c.owner.graphql();
		Refusals.assertRefused(c, owner, SET,
				Map.of("i", Map.of("source", "salesforce", "columns", List.of(line("ID", "Id")))), "BAD_REQUEST",
				"source");
		Refusals.assertRefused(c, owner, GET, Map.of("s", "salesforce"), "BAD_REQUEST", "source");
		Refusals.assertRefused(c, owner, SET,
				Map.of("i",
						Map.of("source", "amocrm-leads", "columns",
								List.of(line("ID", "Номер"), line("Сумма", "Сумма")))),
				"BAD_REQUEST", "columns[1].field");
		Refusals.assertRefused(c, owner, SET,
				Map.of("i",
						Map.of("source", "amocrm-leads", "columns",
								List.of(line("ID", "Номер"), line("ID", "Номер сделки")))),
				"BAD_REQUEST", "columns[1].field");
		// the same header for two fields, in one input (ё/е and case do not make them
		// different) ...
		Refusals.assertRefused(c, owner, SET,
				Map.of("i",
						Map.of("source", "amocrm-leads", "columns", List.of(line("ID", "Номер"),
								line("Статус сделки", "Стадия"), line("Дата создания", "стадия")))),
				"BAD_REQUEST", "columns[2].header");
		// ... or one already saved for another field
		Refusals.assertRefused(c, owner, SET,
				Map.of("i", Map.of("source", "amocrm-leads", "columns", List.of(line("Статус сделки", "МЕНЕДЖЕР")))),
				"BAD_REQUEST", "columns[0].header");
		Refusals.assertRefused(c, owner, SET,
				Map.of("i", Map.of("source", "amocrm-leads", "columns", List.of(line("ID", "x".repeat(201))))),
				"BAD_REQUEST", "columns[0].header");
		Refusals.assertRefused(c, owner, SET,
				Map.of("i", Map.of("source", "amocrm-leads", "columns", List.of(line("ID", "Номер\nсделки")))),
				"BAD_REQUEST", "columns[0].header");
		// moving a header from one field to another in one go is fine
		Map<String, Object> moved = set(c.owner, "amocrm-leads",
				List.of(line("Ответственный", ""), line("Статус сделки", "Менеджер")));
		assertThat(column(moved, "Статус сделки")).containsEntry("header", "Менеджер");
		assertThat(column(moved, "Ответственный")).containsEntry("header", null);
	}

	@Test
	void ownersKeepEveryMappingAMarketerTheDirectOneOthersNone() {
		Company c = this.company;
		Map<String, Object> direct = Map.of("source", "yandex-direct", "columns", List.of(line("Cost", "Spend")));
		Map<String, Object> amo = Map.of("source", "amocrm-leads", "columns", List.of(line("ID", "Номер")));
		assertThat(get(c.marketer, "yandex-direct")).containsEntry("source", "yandex-direct");
		Refusals.assertRefused(c, c.marketer.graphql(), GET, Map.of("s", "amocrm-leads"), "FORBIDDEN", "source");
		Refusals.assertRefused(c, c.marketer.graphql(), SET, Map.of("i", amo), "FORBIDDEN", "source");
		for (Member member : List.of(c.hunter, c.farmer)) {
			Refusals.assertRefused(c, member.graphql(), GET, Map.of("s", "yandex-direct"), "FORBIDDEN", null);
			Refusals.assertRefused(c, member.graphql(), SET, Map.of("i", direct), "FORBIDDEN", null);
		}
		Refusals.assertRefused(c, c.anonymous(), SET, Map.of("i", direct), "UNAUTHORIZED", null);
		Refusals.assertRefused(c, c.anonymous(), GET, Map.of("s", "yandex-direct"), "UNAUTHORIZED", null);
		assertThat(column(set(c.owner, "amocrm-leads", List.of(line("ID", "Номер"))), "ID")).containsEntry("header",
				"Номер");
		assertThat(column(set(c.marketer, "yandex-direct", List.of(line("Cost", "Spend"))), "Cost"))
			.containsEntry("header", "Spend");
	}

}
