package app.tandem.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import app.tandem.goals.Metric;
import app.tandem.goals.SharedGoal;
import app.tandem.people.Employee;
import app.tandem.records.Channel;
import app.tandem.shared.Ratios;

/**
 * The shapes the KPI queries answer with (SPEC §5, §7); GraphQL reads their accessor
 * methods.
 */
public final class KpiViews {

	private KpiViews() {
	}

	public record Kpi(Metric metric, BigDecimal actual, BigDecimal target, Double completion, BigDecimal expectedByNow,
			BigDecimal forecast, BigDecimal requiredDailyPace, PaceStatus status) {

		/**
		 * What a colleague may see: no absolute target, nor anything it could be read
		 * back from.
		 */
		Kpi withoutTarget() {
			return new Kpi(this.metric, this.actual, null, this.completion, null, this.forecast, null, this.status);
		}

	}

	/**
	 * One side of a contribution: own deals (sold, or attributed through leads) against
	 * the company's and the goal.
	 */
	public record Share(DealTotals own, DealTotals company, BigDecimal turnoverTarget) {

		Double turnoverShare() {
			return Ratios.of(this.own.revenue(), this.company.revenue());
		}

		Double marginShare() {
			return Ratios.of(this.own.margin(), this.company.margin());
		}

		Double shareOfTarget() {
			return Ratios.of(this.own.revenue(), this.turnoverTarget);
		}

	}

	/**
	 * A person's part of the shared goal: as a seller ({@code sales}) and as a marketer
	 * whose leads sold ({@code marketing}); a side is null when it does not apply. Money
	 * is null where its share is (SPEC §7). One deal counts on both sides: for its
	 * salesperson and its lead's marketer.
	 */
	public record Contribution(Share sales, Share marketing) {

		public Double turnoverShare() {
			return this.sales == null ? null : this.sales.turnoverShare();
		}

		public Double marginShare() {
			return this.sales == null ? null : this.sales.marginShare();
		}

		public Double shareOfTarget() {
			return this.sales == null ? null : this.sales.shareOfTarget();
		}

		public BigDecimal turnover() {
			return turnoverShare() == null ? null : this.sales.own().revenue();
		}

		public BigDecimal grossMargin() {
			return marginShare() == null ? null : this.sales.own().margin();
		}

		public Double attributedTurnoverShare() {
			return this.marketing == null ? null : this.marketing.turnoverShare();
		}

		public Double attributedMarginShare() {
			return this.marketing == null ? null : this.marketing.marginShare();
		}

		public Double attributedShareOfTarget() {
			return this.marketing == null ? null : this.marketing.shareOfTarget();
		}

		public BigDecimal attributedTurnover() {
			return attributedTurnoverShare() == null ? null : this.marketing.own().revenue();
		}

		public BigDecimal attributedGrossMargin() {
			return attributedMarginShare() == null ? null : this.marketing.own().margin();
		}

	}

	public record MemberKpis(Employee employee, List<Kpi> kpis, Contribution contribution) {
	}

	enum FunnelStage {

		SPEND, LEADS, LEADS_ASSIGNED, LEADS_WON, DEALS, TURNOVER, GROSS_MARGIN

	}

	record FunnelStep(FunnelStage stage, BigDecimal value, Double conversionFromPrevious) {
	}

	record Funnel(List<FunnelStep> steps) {
	}

	/** One channel's row of the channel table, derived from its sums. */
	record ChannelStats(Channel channel, BigDecimal spend, LeadCounts cohort, DealTotals attributed) {

		public long leads() {
			return this.cohort.leads();
		}

		public BigDecimal costPerLead() {
			return Ratios.perUnit(this.spend, this.cohort.leads());
		}

		public Double notTargetShare() {
			return Ratios.of(this.cohort.notTarget(), this.cohort.closed());
		}

		public long contestedNotTarget() {
			return this.cohort.contested();
		}

		public Double conversion() {
			return Ratios.toDouble(Ratios.share(this.cohort.converted(), this.cohort.leads()));
		}

		public BigDecimal attributedTurnover() {
			return this.attributed.revenue();
		}

		public BigDecimal attributedMargin() {
			return this.attributed.margin();
		}

		public Double romi() {
			return Ratios.of(this.attributed.margin().subtract(this.spend), this.spend);
		}

	}

	/** The company's totals of a period. */
	record CompanyTotals(DealTotals closed, LeadCounts leads, BigDecimal spend, long newClients) {
	}

	public record Dashboard(YearMonth period, SharedGoal goal, CompanyTotals totals, Kpi turnoverKpi,
			Kpi grossMarginKpi, List<MemberKpis> members, Funnel funnel, List<ChannelStats> channels) {

		public BigDecimal turnover() {
			return this.totals.closed().revenue();
		}

		public BigDecimal grossMargin() {
			return this.totals.closed().margin();
		}

		public Double marginPercent() {
			return Ratios.of(grossMargin(), turnover());
		}

		public long leads() {
			return this.totals.leads().leads();
		}

		public BigDecimal spend() {
			return this.totals.spend();
		}

		public BigDecimal costPerLead() {
			return Ratios.perUnit(spend(), leads());
		}

		public Double leadConversion() {
			return Ratios.toDouble(Ratios.share(this.totals.leads().converted(), leads()));
		}

		public long newClients() {
			return this.totals.newClients();
		}

	}

}
