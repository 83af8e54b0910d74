import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { KpiCard } from '@/components/kpi/kpi-card';
import { KpiGrid } from '@/components/kpi/kpi-grid';
import { Card } from '@/components/ui/card';
import { Loading } from '@/components/ui/loading';
import { QueryView } from '@/components/ui/query-view';
import { Stat, StatList } from '@/components/ui/stat-list';
import { useLiveKpis } from '@/hooks/use-live-kpis';
import { companyRecordsHref } from '@/lib/metrics';
import { addMonths, type Period } from '@/lib/period';
import { useFormat } from '@/lib/use-format';

import { useCompanyMonth } from '../api/get-company-month';

import './my-month-view.css';

type CompanyMonthViewProps = {
  period: Period;
  currentPeriod: Period;
  /** Where the whole team's view lives, with the month kept. */
  teamLink: string;
};

/** "My month" for an owner without a position: the company's turnover and margin against the goal. */
export function CompanyMonthView({ period, currentPeriod, teamLink }: CompanyMonthViewProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [result, reexecute] = useCompanyMonth(period);
  useLiveKpis(period, () => reexecute({ requestPolicy: 'network-only' }));
  const current = period === currentPeriod;

  return (
    <div className="my-month">
      <p className="muted my-month__intro">
        {t('myMonth.companyIntro')} <Link to={teamLink}>{t('myMonth.seeTeam')}</Link>
      </p>
      <QueryView
        result={result}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        loading={<Loading variant="cards" count={2} />}
      >
        {({ dashboard, previous }) => (
          <>
            <section aria-labelledby="company-kpis-heading">
              <h2 id="company-kpis-heading" className="visually-hidden">
                {t('myMonth.companyHeading')}
              </h2>
              <KpiGrid count={2}>
                <KpiCard
                  kpi={dashboard.turnoverKpi}
                  current={current}
                  noPlanText={t('team.noGoal')}
                  recordsHref={companyRecordsHref('TURNOVER', period)}
                  previous={{ period: addMonths(period, -1), actual: previous.turnover }}
                />
                <KpiCard
                  kpi={dashboard.grossMarginKpi}
                  current={current}
                  noPlanText={t('team.noGoal')}
                  recordsHref={companyRecordsHref('GROSS_MARGIN', period)}
                  previous={{ period: addMonths(period, -1), actual: previous.grossMargin }}
                />
              </KpiGrid>
            </section>
            <Card title={t('myMonth.companyHeading')}>
              <StatList>
                <Stat label={t('team.marginPercent')} value={format.percent(dashboard.marginPercent)} />
                <Stat label={t('team.leads')} value={format.count(dashboard.leads)} />
                <Stat label={t('team.spend')} value={format.money(dashboard.spend)} />
                <Stat label={t('team.costPerLead')} value={format.money(dashboard.costPerLead)} />
                <Stat label={t('team.leadConversion')} value={format.percent(dashboard.leadConversion)} />
                <Stat label={t('team.newClients')} value={format.count(dashboard.newClients)} />
              </StatList>
            </Card>
          </>
        )}
      </QueryView>
    </div>
  );
}
