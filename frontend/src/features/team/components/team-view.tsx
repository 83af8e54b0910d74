import { useTranslation } from 'react-i18next';

import { KpiCard } from '@/components/kpi/kpi-card';
import { KpiGrid } from '@/components/kpi/kpi-grid';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Loading } from '@/components/ui/loading';
import { QueryView } from '@/components/ui/query-view';
import { useLiveKpis } from '@/hooks/use-live-kpis';
import { companyRecordsHref } from '@/lib/metrics';
import { addMonths, type Period } from '@/lib/period';

import { useTeam } from '../api/get-team';

import { ChannelTable } from './channel-table';
import { CompanyTotals } from './company-totals';
import { FunnelChart } from './funnel-chart';
import { HandoffSection } from './handoff-section';
import { MembersTable } from './members-table';

import './team-view.css';

type TeamViewProps = {
  period: Period;
  currentPeriod: Period;
};

export function TeamView({ period, currentPeriod }: TeamViewProps) {
  const { t } = useTranslation();
  const [result, reexecute] = useTeam(period);
  useLiveKpis(period, () => reexecute({ requestPolicy: 'network-only' }));
  const current = period === currentPeriod;

  return (
    <QueryView
      result={result}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      loading={<Loading variant="cards" count={4} />}
    >
      {({ dashboard, previous }) => {
        const previousPeriod = addMonths(period, -1);
        const noActivity = Number(dashboard.turnover) === 0 && dashboard.leads === 0 && Number(dashboard.spend) === 0;
        return (
          <div className="team">
            <section className="team__goal" aria-labelledby="shared-goal-heading">
              <h2 id="shared-goal-heading" className="team__heading">
                {t('team.sharedGoalHeading')}
              </h2>
              <KpiGrid count={2}>
                <KpiCard
                  kpi={dashboard.turnoverKpi}
                  current={current}
                  title={t('team.turnoverGoal')}
                  noPlanText={t('team.noGoal')}
                  recordsHref={companyRecordsHref('TURNOVER', period)}
                  previous={{ period: previousPeriod, actual: previous.turnover }}
                />
                <KpiCard
                  kpi={dashboard.grossMarginKpi}
                  current={current}
                  title={t('team.marginGoal')}
                  noPlanText={t('team.noGoal')}
                  recordsHref={companyRecordsHref('GROSS_MARGIN', period)}
                  previous={{ period: previousPeriod, actual: previous.grossMargin }}
                />
              </KpiGrid>
            </section>
            {noActivity ? (
              <EmptyState title={t('common.noData')} hint={t('common.noDataHint')} />
            ) : (
              <div className="team__row">
                <Card title={t('team.totalsHeading')}>
                  <CompanyTotals dashboard={dashboard} />
                </Card>
                <Card title={t('team.funnelHeading')}>
                  <FunnelChart funnel={dashboard.funnel} />
                </Card>
              </div>
            )}
            <Card title={t('team.membersHeading')}>
              {dashboard.members.length === 0 ? (
                <EmptyState title={t('team.noMembers')} />
              ) : (
                <>
                  <MembersTable members={dashboard.members} />
                  <p className="team__note">{t('team.sharesNote')}</p>
                </>
              )}
            </Card>
            {!noActivity && (
              <Card title={t('team.channelsHeading')}>
                {dashboard.channels.length === 0 ? (
                  <EmptyState title={t('team.noChannels')} />
                ) : (
                  <ChannelTable channels={dashboard.channels} />
                )}
              </Card>
            )}
            <HandoffSection period={period} />
          </div>
        );
      }}
    </QueryView>
  );
}
