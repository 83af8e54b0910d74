package app.tandem.analytics;

import java.time.YearMonth;
import java.util.List;

import app.tandem.kpi.LeadCounts;
import app.tandem.people.Employee;
import app.tandem.records.Channel;
import app.tandem.shared.Ratios;

/**
 * The conversion matrix's shapes (SPEC §4); {@code won} stays as a deprecated name of
 * {@code converted}.
 */
final class MatrixViews {

	private MatrixViews() {
	}

	enum Significance {

		BELOW, ABOVE, NOT_SIGNIFICANT, NO_DATA

	}

	/** Leads and how many of them converted (have a deal). */
	record Tally(long leads, long converted) {

		static final Tally NONE = new Tally(0, 0);

		static Tally of(LeadCounts counts) {
			return new Tally(counts.leads(), counts.converted());
		}

		Tally plus(Tally other) {
			return new Tally(this.leads + other.leads, this.converted + other.converted);
		}

		Tally minus(Tally other) {
			return new Tally(this.leads - other.leads, this.converted - other.converted);
		}

		Double conversion() {
			return Ratios.of(this.converted, this.leads);
		}

	}

	record ConversionCell(Employee assignee, Tally own, Tally others, Comparison comparison) {

		public long leads() {
			return this.own.leads();
		}

		public long converted() {
			return this.own.converted();
		}

		public long won() {
			return converted();
		}

		public Double conversion() {
			return this.own.conversion();
		}

		public long othersLeads() {
			return this.others.leads();
		}

		public long othersConverted() {
			return this.others.converted();
		}

		public long othersWon() {
			return othersConverted();
		}

		public Double othersConversion() {
			return this.others.conversion();
		}

		public Double pValue() {
			return this.comparison.pValue();
		}

		public Significance significance() {
			return this.comparison.significance();
		}

	}

	record ChannelConversion(Channel channel, LeadCounts counts, Tally otherChannels, Comparison comparison,
			long unassigned, List<ConversionCell> cells) {

		public long leads() {
			return this.counts.leads();
		}

		public long converted() {
			return this.counts.converted();
		}

		public long won() {
			return converted();
		}

		public Double conversion() {
			return Tally.of(this.counts).conversion();
		}

		/** NOT_TARGET marks that stand (no open dispute) among its closed leads. */
		public Double notTargetShare() {
			return Ratios.of(this.counts.notTarget(), this.counts.closed());
		}

		public Double otherChannelsConversion() {
			return this.otherChannels.conversion();
		}

		public Double pValue() {
			return this.comparison.pValue();
		}

		public Significance significance() {
			return this.comparison.significance();
		}

	}

	record ConversionMatrix(YearMonth period, List<Employee> assignees, List<ChannelConversion> channels, Tally all) {

		public long leads() {
			return this.all.leads();
		}

		public long converted() {
			return this.all.converted();
		}

		public long won() {
			return converted();
		}

		public Double conversion() {
			return this.all.conversion();
		}

	}

	/**
	 * One proportion against another: Fisher's exact p-value and what it means at 95 %.
	 */
	record Comparison(Double pValue, Significance significance) {

		static Comparison of(Tally tally, Tally other) {
			if (tally.leads() == 0 || other.leads() == 0) {
				return new Comparison(null, Significance.NO_DATA);
			}
			double p = FisherExactTest.pValue(tally.converted(), tally.leads(), other.converted(), other.leads());
			if (p >= FisherExactTest.ALPHA) {
				return new Comparison(p, Significance.NOT_SIGNIFICANT);
			}
			boolean below = (double) tally.converted() / tally.leads() < (double) other.converted() / other.leads();
			return new Comparison(p, below ? Significance.BELOW : Significance.ABOVE);
		}

	}

}
