package app.tandem.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import app.tandem.kpi.KpiViews.ChannelStats;
import app.tandem.kpi.KpiViews.Funnel;
import app.tandem.kpi.KpiViews.FunnelStage;
import app.tandem.kpi.KpiViews.FunnelStep;
import app.tandem.records.Channel;
import app.tandem.records.ChannelService;
import app.tandem.shared.Ratios;

import org.springframework.stereotype.Component;

/** The company's period broken down: the lead funnel and the channel table (SPEC §4). */
@Component
class CompanyBreakdown {

	private final ChannelService channels;

	CompanyBreakdown(ChannelService channels) {
		this.channels = channels;
	}

	Funnel funnel(PeriodFigures f) {
		LeadCounts leads = f.leads().total();
		DealTotals cohort = f.deals().cohort();
		return new Funnel(List.of(new FunnelStep(FunnelStage.SPEND, f.spend().total(), null),
				new FunnelStep(FunnelStage.LEADS, BigDecimal.valueOf(leads.leads()), null),
				new FunnelStep(FunnelStage.LEADS_ASSIGNED, BigDecimal.valueOf(leads.assigned()),
						Ratios.of(leads.assigned(), leads.leads())),
				new FunnelStep(FunnelStage.LEADS_WON, BigDecimal.valueOf(leads.won()),
						Ratios.of(leads.won(), leads.assigned())),
				new FunnelStep(FunnelStage.DEALS, BigDecimal.valueOf(cohort.count()),
						Ratios.of(cohort.count(), leads.won())),
				new FunnelStep(FunnelStage.TURNOVER, cohort.revenue(), null),
				new FunnelStep(FunnelStage.GROSS_MARGIN, cohort.margin(), null)));
	}

	List<ChannelStats> channels(PeriodFigures f) {
		List<ChannelStats> stats = new ArrayList<>();
		for (Channel channel : this.channels.all()) {
			long id = channel.getId();
			ChannelStats row = new ChannelStats(channel, f.spend().ofChannel(id), f.leads().ofChannel(id),
					f.deals().attributedToChannel(id));
			boolean hasNumbers = row.leads() > 0 || row.spend().signum() != 0 || row.attributed().count() > 0;
			if (!channel.isArchived() || hasNumbers) {
				stats.add(row);
			}
		}
		return stats;
	}

}
