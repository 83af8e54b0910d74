package app.tandem.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import app.tandem.goals.Metric;
import app.tandem.goals.SharedGoal;
import app.tandem.people.Employee;
import app.tandem.records.Channel;

/** The shapes the KPI queries answer with (SPEC §5). */
final class KpiViews {

	private KpiViews() {
	}

	enum PaceStatus {

		ON_TRACK, AT_RISK, BEHIND, NO_PLAN, NO_DATA

	}

	record Kpi(Metric metric, BigDecimal actual, BigDecimal target, Double completion, BigDecimal expectedByNow,
			BigDecimal forecast, BigDecimal requiredDailyPace, PaceStatus status) {

		/** What a colleague may see: no absolute target, nor anything it could be read back from. */
		Kpi withoutTarget() {
			return new Kpi(this.metric, this.actual, null, this.completion, null, this.forecast, null, this.status);
		}

	}

	record Contribution(Double turnoverShare, Double marginShare, Double shareOfTarget, Double attributedTurnoverShare,
			Double attributedMarginShare, Double attributedShareOfTarget) {
	}

	record MemberKpis(Employee employee, List<Kpi> kpis, Contribution contribution) {
	}

	enum FunnelStage {

		SPEND, LEADS, LEADS_ASSIGNED, LEADS_WON, DEALS, TURNOVER, GROSS_MARGIN

	}

	record FunnelStep(FunnelStage stage, BigDecimal value, Double conversionFromPrevious) {
	}

	record Funnel(List<FunnelStep> steps) {
	}

	record ChannelStats(Channel channel, BigDecimal spend, long leads, BigDecimal costPerLead, Double notTargetShare,
			Double conversion, BigDecimal attributedTurnover, BigDecimal attributedMargin, Double romi) {
	}

	record Dashboard(YearMonth period, SharedGoal goal, BigDecimal turnover, BigDecimal grossMargin,
			Double marginPercent, long leads, BigDecimal spend, BigDecimal costPerLead, Double leadConversion,
			long newClients, Kpi turnoverKpi, Kpi grossMarginKpi, List<MemberKpis> members, Funnel funnel,
			List<ChannelStats> channels) {
	}

}
