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

import static app.tandem.imports.ImportFiles.AMO_HEADER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Tandem decided outranks what a CRM file repeats: a dispute ruling (SPEC §12) and a
 * closed month (issue 14) hold against a re-import. "Today" is 15 November 2026 in
 * Moscow.
 */
@TandemTest
class ImportOverTandemTests {

	static final String NOT_TARGET = "1003;Заказ 3;;Анна;Ivan Hunter;Закрыто и не реализовано;;05.11.2026 10:00:00;"
			+ "06.11.2026;Нецелевой;vk;;";

	@Autowired
	Company company;

	@LocalServerPort
	int port;

	Uploads uploads;

	@BeforeEach
	void company() {
		Company c = this.company.reset();
		String smm = c.channel("SMM");
		c.owner.graphql()
			.document("mutation($i: UpdateChannelInput!) { updateChannel(input: $i) { id } }")
			.variable("i", Map.of("id", smm, "marketerId", c.marketer2.idString(), "aliases", List.of("vk")))
			.execute()
			.path("updateChannel.id")
			.hasValue();
		this.uploads = new Uploads(this.port);
	}

	Answer amo(String... rows) {
		String[] lines = new String[rows.length + 1];
		lines[0] = AMO_HEADER;
		System.arraycopy(rows, 0, lines, 1, rows.length);
		return this.uploads.send(this.company.owner.token(), "amocrm.csv", ImportFiles.utf8Bom(lines), "amocrm-leads",
				false);
	}

	Map<String, Object> lead() {
		return this.company.owner.graphql()
			.document("{ leads(first: 10) { edges { node { id status lostReason dispute { id status verdict } } } } }")
			.execute()
			.path("leads.edges[0].node")
			.entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
	}

	String contest() {
		return this.company.marketer2.graphql()
			.document("mutation($i: ContestLostReasonInput!) { contestLostReason(input: $i) { id } }")
			.variable("i", Map.of("leadId", lead().get("id"), "comment", "They asked for a quote"))
			.execute()
			.path("contestLostReason.id")
			.entity(String.class)
			.get();
	}

	@Test
	void aRulingThatOverturnedANotTargetMarkStandsWhenTheCrmFileStillSaysNotTarget() {
		assertThat(amo(NOT_TARGET).counts()).containsExactly(1, 0, 0, 0);
		String dispute = contest();
		this.company.owner.graphql()
			.document("mutation($i: ResolveDisputeInput!) { resolveDispute(input: $i) { id } }")
			.variable("i", Map.of("disputeId", dispute, "verdict", "OVERTURNED", "comment", "A fair lead"))
			.execute()
			.path("resolveDispute.id")
			.hasValue();
		assertThat(lead()).containsEntry("lostReason", "OTHER");

		// amoCRM still has "Нецелевой": the same file again changes nothing, the ruling
		// stands.
		assertThat(amo(NOT_TARGET).counts()).containsExactly(0, 0, 1, 0);
		assertThat(lead()).containsEntry("status", "LOST").containsEntry("lostReason", "OTHER");
		// Any other lost reason in the CRM is a selling loss too: still unchanged.
		assertThat(amo(NOT_TARGET.replace("Нецелевой", "Дорого")).counts()).containsExactly(0, 0, 1, 0);
	}

	@Test
	void aContestedMarkWaitsForTheOwnersRulingAndTheRowSaysSo() {
		amo(NOT_TARGET);
		contest();
		Answer answer = amo(NOT_TARGET.replace("Нецелевой", "Дорого"));
		assertThat(answer.counts()).containsExactly(0, 0, 0, 1);
		assertThat(answer.errors()).singleElement()
			.satisfies((error) -> assertThat(error).containsEntry("row", 1)
				.containsEntry("column", "Статус сделки")
				.extractingByKey("message")
				.asString()
				.contains("contested"));
		assertThat(lead()).containsEntry("lostReason", "NOT_TARGET");
	}

	@Test
	void aClosedMonthTakesNoImportedRowsAndTheRowNamesItsDate() {
		this.company.owner.graphql()
			.document("mutation { closePeriod(period: \"2026-10\") { period } }")
			.execute()
			.path("closePeriod.period")
			.entity(String.class)
			.isEqualTo("2026-10");
		Answer answer = amo(NOT_TARGET,
				"1004;Заказ 4;;;Ivan Hunter;Первичный контакт;0;31.10.2026 23:59:59;не закрыта;;vk;;");
		assertThat(answer.counts()).containsExactly(0, 0, 0, 1);
		assertThat(answer.errors()).singleElement()
			.satisfies((error) -> assertThat(error).containsEntry("row", 2)
				.containsEntry("column", "Дата создания")
				.extractingByKey("message")
				.asString()
				.contains("2026-10"));
		assertThat(this.company.count("sales_lead")).isZero();
	}

}
