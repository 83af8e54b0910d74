package app.tandem.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import app.tandem.kpi.KpiViews.ChannelStats;
import app.tandem.kpi.KpiViews.Funnel;
import app.tandem.kpi.KpiViews.FunnelStage;
import app.tandem.kpi.KpiViews.FunnelStep;
import app.tandem.kpi.PeriodFigures.LeadCounts;
import app.tandem.kpi.PeriodFigures.Money;
import app.tandem.records.Channel;
import app.tandem.records.ChannelService;

import org.springframework.stereotype.Component;

/** The company's period broken down: the lead funnel and the channel table (SPEC §4). */
@Component
class CompanyBreakdown {

	private final ChannelService channels;

	CompanyBreakdown(ChannelService channels) {
		this.channels = channels;
	}

	Funnel funnel(PeriodFigures f) {
		LeadCounts leads = f.leads();
		Money cohort = f.cohortDeals();
		return new Funnel(List.of(new FunnelStep(FunnelStage.SPEND, f.spend(), null),
				new FunnelStep(FunnelStage.LEADS, BigDecimal.valueOf(leads.leads()), null),
				new FunnelStep(FunnelStage.LEADS_ASSIGNED, BigDecimal.valueOf(leads.assigned()),
						Ratios.of(leads.assigned(), leads.leads())),
				new FunnelStep(FunnelStage.LEADS_WON, BigDecimal.valueOf(leads.won()),
						Ratios.of(leads.won(), leads.assigned())),
				new FunnelStep(FunnelStage.DEALS, BigDecimal.valueOf(cohort.deals()), Ratios.of(cohort.deals(), leads.won())),
				new FunnelStep(FunnelStage.TURNOVER, cohort.revenue(), null),
				new FunnelStep(FunnelStage.GROSS_MARGIN, cohort.margin(), null)));
	}

	List<ChannelStats> channels(PeriodFigures f) {
		List<ChannelStats> stats = new ArrayList<>();
		for (Channel channel : this.channels.all()) {
			long id = channel.getId();
			LeadCounts leads = f.leadsByChannel().getOrDefault(id, LeadCounts.NONE);
			BigDecimal spend = f.spendByChannel().getOrDefault(id, Money.NONE.revenue());
			Money attributed = f.attributedByChannel().getOrDefault(id, Money.NONE);
			boolean hasNumbers = leads.leads() > 0 || spend.signum() != 0 || attributed.deals() > 0;
			if (channel.isArchived() && !hasNumbers) {
				continue;
			}
			stats.add(new ChannelStats(channel, spend, leads.leads(), Ratios.perUnit(spend, leads.leads()),
					Ratios.of(leads.notTarget(), leads.closed()),
					Ratios.toDouble(Ratios.share(leads.converted(), leads.leads())), attributed.revenue(),
					attributed.margin(), Ratios.of(attributed.margin().subtract(spend), spend)));
		}
		return stats;
	}

}
