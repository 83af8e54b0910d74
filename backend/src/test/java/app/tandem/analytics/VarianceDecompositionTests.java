package app.tandem.analytics;

import java.time.Instant;

import app.tandem.support.Company;
import app.tandem.support.TandemTest;
import app.tandem.support.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * Chain substitution against the previous month, computed by hand (see docs/kpis.md).
 * October: 10 leads, 4 lead-sourced deals of 1000.00 (cost 600.00). November: 20 leads
 * (volume rose), 5 deals of 1200.00 (cost 840.00): conversion fell 0.40 → 0.25.
 */
@TandemTest
class VarianceDecompositionTests {

	static final String QUERY = """
			query($p: YearMonth!) { varianceDecomposition(period: $p) {
			  reading basis elapsedFraction baselineSource baselinePeriod
			  baseline { leads leadsExact dealsPerLead conversion averageDeal marginPercent turnover grossMargin }
			  actual { leads leadsExact dealsPerLead averageDeal marginPercent turnover grossMargin }
			  turnover { baseline actual difference parts { factor responsibility amount } }
			  grossMargin { baseline actual difference parts { factor responsibility amount } } } }""";

	@Autowired
	Company company;

	@Autowired
	TestClock clock;

	String channel;

	String client;

	@BeforeEach
	void setUp() {
		this.channel = this.company.reset().channel("Direct");
		this.client = this.company.client("Volga Logistics");
	}

	@Test
	void conversionFellWhileVolumeRose() {
		month("2026-10", 10, 4, "1000.00", "600.00");
		month("2026-11", 20, 5, "1200.00", "840.00");
		december();
		GraphQlTester.Response r = this.company.hunter.graphql().document(QUERY).variable("p", "2026-11").execute();
		r.path("varianceDecomposition.reading").entity(String.class).isEqualTo("EXPLAINED");
		r.path("varianceDecomposition.basis").entity(String.class).isEqualTo("FULL_PERIOD");
		r.path("varianceDecomposition.elapsedFraction").entity(Double.class).isEqualTo(1.0);
		r.path("varianceDecomposition.baselineSource").entity(String.class).isEqualTo("PREVIOUS_PERIOD");
		r.path("varianceDecomposition.baselinePeriod").entity(String.class).isEqualTo("2026-10");
		r.path("varianceDecomposition.baseline.dealsPerLead").entity(Double.class).isEqualTo(0.4);
		r.path("varianceDecomposition.baseline.conversion").entity(Double.class).isEqualTo(0.4);
		r.path("varianceDecomposition.actual.dealsPerLead").entity(Double.class).isEqualTo(0.25);
		r.path("varianceDecomposition.turnover.difference").entity(String.class).isEqualTo("2000.00");
		part(r, "turnover", 0, "LEAD_VOLUME", "MARKETING", "4000.00");
		part(r, "turnover", 1, "CONVERSION", "SALES", "-3000.00");
		part(r, "turnover", 2, "DEAL_SIZE", "SALES", "1000.00");
		r.path("varianceDecomposition.grossMargin.baseline").entity(String.class).isEqualTo("1600.00");
		r.path("varianceDecomposition.grossMargin.actual").entity(String.class).isEqualTo("1800.00");
		part(r, "grossMargin", 0, "LEAD_VOLUME", "MARKETING", "1600.00");
		part(r, "grossMargin", 1, "CONVERSION", "SALES", "-1200.00");
		part(r, "grossMargin", 2, "DEAL_SIZE", "SALES", "400.00");
		part(r, "grossMargin", 3, "MARGIN_RATE", "SALES", "-600.00");
	}

	@Test
	void thePartsAddUpToTheKopeckWhenTheFactorsDoNotDivideEvenly() {
		// October: 3 leads, one deal of 1000.00. November: 7 leads, deals of 500.00 and
		// 500.01.
		month("2026-10", 3, 1, "1000.00", "0.00");
		String a = lead("2026-11-02");
		String b = lead("2026-11-03");
		for (int i = 0; i < 5; i++) {
			lead("2026-11-04");
		}
		this.company.deal(this.client, a, this.company.hunter, "2026-11-10", "500.00", "0.00");
		this.company.deal(this.client, b, this.company.hunter, "2026-11-10", "500.01", "0.00");
		december();
		GraphQlTester.Response r = this.company.owner.graphql().document(QUERY).variable("p", "2026-11").execute();
		r.path("varianceDecomposition.turnover.difference").entity(String.class).isEqualTo("0.01");
		// (7 − 3) × 1/3 × 1000 = 1333.33; 7 × (2/7 − 1/3) × 1000 = −333.33; 7 × 2/7 ×
		// (500.005 − 1000) = −999.99.
		part(r, "turnover", 0, "LEAD_VOLUME", "MARKETING", "1333.33");
		part(r, "turnover", 1, "CONVERSION", "SALES", "-333.33");
		part(r, "turnover", 2, "DEAL_SIZE", "SALES", "-999.99");
	}

	@Test
	void theOpenMonthIsComparedWithThePlanToDate() {
		// October: 10 leads, 4 deals of 1000.00 (margin 40 %). 15 November (f = 0.5): 8
		// leads, 2 deals of 1100.00.
		month("2026-10", 10, 4, "1000.00", "600.00");
		month("2026-11", 8, 2, "1100.00", "660.00");
		GraphQlTester.Response r = this.company.owner.graphql().document(QUERY).variable("p", "2026-11").execute();
		r.path("varianceDecomposition.reading").entity(String.class).isEqualTo("EXPLAINED");
		r.path("varianceDecomposition.basis").entity(String.class).isEqualTo("TO_DATE");
		r.path("varianceDecomposition.elapsedFraction").entity(Double.class).isEqualTo(0.5);
		// The baseline to date: 10 × 0.5 = 5 leads × 0.4 × 1000 = 2000.00, not October's
		// whole 4000.00.
		r.path("varianceDecomposition.baseline.leads").entity(Integer.class).isEqualTo(5);
		r.path("varianceDecomposition.baseline.leadsExact").entity(Double.class).isEqualTo(5.0);
		r.path("varianceDecomposition.turnover.baseline").entity(String.class).isEqualTo("2000.00");
		r.path("varianceDecomposition.turnover.actual").entity(String.class).isEqualTo("2200.00");
		r.path("varianceDecomposition.turnover.difference").entity(String.class).isEqualTo("200.00");
		// (8 − 5) × 0.4 × 1000; 8 × (0.25 − 0.4) × 1000; 8 × 0.25 × (1100 − 1000).
		part(r, "turnover", 0, "LEAD_VOLUME", "MARKETING", "1200.00");
		part(r, "turnover", 1, "CONVERSION", "SALES", "-1200.00");
		part(r, "turnover", 2, "DEAL_SIZE", "SALES", "200.00");
	}

	@Test
	void theFirstDaysOfAMonthAreTooEarlyToBlameAnyone() {
		month("2026-10", 10, 4, "1000.00", "600.00");
		this.clock.set(Instant.parse("2026-11-03T09:00:00Z"));
		this.company.signInAgain();
		GraphQlTester.Response r = this.company.marketer.graphql().document(QUERY).variable("p", "2026-11").execute();
		r.path("varianceDecomposition.reading").entity(String.class).isEqualTo("EARLY");
		r.path("varianceDecomposition.basis").entity(String.class).isEqualTo("TO_DATE");
		r.path("varianceDecomposition.elapsedFraction").entity(Double.class).isEqualTo(0.1);
		// Still the figures against the plan to date (1 lead of 10 × 0.1), not the whole
		// month's 4000.00.
		r.path("varianceDecomposition.turnover.baseline").entity(String.class).isEqualTo("400.00");
	}

	@Test
	void withoutAnythingToCompareThereIsNoBaseline() {
		month("2026-11", 4, 1, "1000.00", "600.00");
		december();
		GraphQlTester.Response r = this.company.owner.graphql().document(QUERY).variable("p", "2026-11").execute();
		r.path("varianceDecomposition.reading").entity(String.class).isEqualTo("NO_BASELINE");
		r.path("varianceDecomposition.turnover.baseline").entity(String.class).isEqualTo("0.00");
	}

	private void december() {
		this.clock.set(Instant.parse("2026-12-10T09:00:00Z"));
		this.company.signInAgain();
	}

	private void month(String month, int leads, int deals, String revenue, String cost) {
		for (int i = 0; i < leads; i++) {
			String lead = lead(month + "-0" + (1 + i % 9));
			if (i < deals) {
				this.company.deal(this.client, lead, this.company.hunter, month + "-10", revenue, cost);
			}
		}
	}

	private String lead(String day) {
		return this.company.lead(this.channel, this.company.marketer, day + "T10:00:00+03:00", this.company.hunter);
	}

	private static void part(GraphQlTester.Response r, String of, int index, String factor, String responsibility,
			String amount) {
		String path = "varianceDecomposition." + of + ".parts[" + index + "]";
		r.path(path + ".factor").entity(String.class).isEqualTo(factor);
		r.path(path + ".responsibility").entity(String.class).isEqualTo(responsibility);
		r.path(path + ".amount").entity(String.class).isEqualTo(amount);
	}

}
