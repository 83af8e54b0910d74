package app.tandem.analytics;

import app.tandem.support.Company;
import app.tandem.support.Company.Member;
import app.tandem.support.TandemTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * November 2026: Ivan converts Direct leads at 2 of 20 while Sergey converts 12 of 20 (a
 * sales problem); SMM converts 2 of 20 for both (a lead-quality problem); Maria only
 * works Referrals. p-values from Fisher's exact test, computed independently with
 * Python's math.comb.
 */
@TandemTest
class ConversionMatrixTests {

	static final String MATRIX = """
			query($p: YearMonth!) { conversionMatrix(period: $p) {
			  leads won conversion assignees { fullName }
			  channels { channel { name } leads won conversion notTargetShare unassigned otherChannelsConversion pValue significance
			    cells { assignee { fullName } leads won conversion othersLeads othersWon othersConversion pValue significance } } } }""";

	@Autowired
	Company company;

	GraphQlTester.Response matrix;

	@BeforeEach
	void setUp() {
		Company c = this.company.reset();
		String direct = c.channel("Direct");
		String smm = c.channel("SMM");
		String referrals = c.channel("Referrals");
		String client = c.client("Volga Logistics");
		leads(direct, c.hunter, 20, 2, client);
		leads(direct, c.hunter2, 20, 12, client);
		leads(smm, c.hunter, 10, 1, client);
		leads(smm, c.hunter2, 10, 1, client);
		leads(referrals, c.farmer, 4, 3, client);
		String lost = c.lead(smm, c.marketer, "2026-11-03T10:00:00+03:00", null);
		c.closeLead(lost, "LOST", "NOT_TARGET");
		this.matrix = c.hunter.graphql().document(MATRIX).variable("p", "2026-11").execute();
	}

	@Test
	void oneSalespersonConvertingAChannelWorseThanColleaguesIsFlagged() {
		GraphQlTester.Response r = this.matrix;
		r.path("conversionMatrix.assignees[*].fullName")
			.entityList(String.class)
			.containsExactly("Ivan Hunter", "Maria Farmer", "Sergey Hunter");
		r.path("conversionMatrix.channels[0].channel.name").entity(String.class).isEqualTo("Direct");
		String ivan = "conversionMatrix.channels[0].cells[0]";
		r.path(ivan + ".leads").entity(Integer.class).isEqualTo(20);
		r.path(ivan + ".won").entity(Integer.class).isEqualTo(2);
		r.path(ivan + ".conversion").entity(Double.class).isEqualTo(0.1);
		r.path(ivan + ".othersConversion").entity(Double.class).isEqualTo(0.6);
		assertThat(r.path(ivan + ".pValue").entity(Double.class).get()).isCloseTo(0.0021996412, within(1e-9));
		r.path(ivan + ".significance").entity(String.class).isEqualTo("BELOW");
		r.path("conversionMatrix.channels[0].cells[2].significance").entity(String.class).isEqualTo("ABOVE");
	}

	@Test
	void aCellWithZeroLeadsHasNoConversionAndNothingToCompare() {
		String maria = "conversionMatrix.channels[0].cells[1]";
		this.matrix.path(maria + ".leads").entity(Integer.class).isEqualTo(0);
		this.matrix.path(maria + ".conversion").valueIsNull();
		this.matrix.path(maria + ".pValue").valueIsNull();
		this.matrix.path(maria + ".significance").entity(String.class).isEqualTo("NO_DATA");
	}

	@Test
	void aChannelThatConvertsPoorlyForEveryoneIsALeadQualityQuestion() {
		GraphQlTester.Response r = this.matrix;
		String smm = "conversionMatrix.channels[2]";
		r.path(smm + ".channel.name").entity(String.class).isEqualTo("SMM");
		r.path(smm + ".leads").entity(Integer.class).isEqualTo(21);
		r.path(smm + ".won").entity(Integer.class).isEqualTo(2);
		r.path(smm + ".unassigned").entity(Integer.class).isEqualTo(1);
		r.path(smm + ".notTargetShare").entity(Double.class).isEqualTo(0.333333);
		// 2 of 21 against 17 of 44 elsewhere.
		r.path(smm + ".otherChannelsConversion").entity(Double.class).isEqualTo(0.386364);
		r.path(smm + ".significance").entity(String.class).isEqualTo("BELOW");
		// Within the channel, Ivan's 1 of 10 and Sergey's 1 of 10 do not differ.
		r.path(smm + ".cells[0].significance").entity(String.class).isEqualTo("NOT_SIGNIFICANT");
		assertThat(r.path(smm + ".cells[0].pValue").entity(Double.class).get()).isCloseTo(1.0, within(1e-9));
		r.path("conversionMatrix.channels[0].significance").entity(String.class).isEqualTo("NOT_SIGNIFICANT");
		r.path("conversionMatrix.leads").entity(Integer.class).isEqualTo(65);
		r.path("conversionMatrix.won").entity(Integer.class).isEqualTo(19);
	}

	@Test
	void smallNumbersAreNotFlagged() {
		// Referrals: Maria's 3 of 4 against 16 of 61 elsewhere is not beyond chance.
		this.matrix.path("conversionMatrix.channels[1].channel.name").entity(String.class).isEqualTo("Referrals");
		this.matrix.path("conversionMatrix.channels[1].significance").entity(String.class).isEqualTo("NOT_SIGNIFICANT");
	}

	private void leads(String channel, Member assignee, int count, int won, String client) {
		for (int i = 0; i < count; i++) {
			String lead = this.company.lead(channel, this.company.marketer,
					"2026-11-%02dT10:00:00+03:00".formatted(1 + i % 10), assignee);
			if (i < won) {
				this.company.deal(client, lead, assignee, "2026-11-12", "1000.00", "500.00");
			}
		}
	}

}
