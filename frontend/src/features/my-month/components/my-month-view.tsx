import { useTranslation } from 'react-i18next';

import { KpiCard } from '@/components/kpi/kpi-card';
import { KpiGrid } from '@/components/kpi/kpi-grid';
import { EmptyState } from '@/components/ui/empty-state';
import { Loading } from '@/components/ui/loading';
import { QueryView } from '@/components/ui/query-view';
import type { Position } from '@/gql/graphql';
import { useLiveKpis } from '@/hooks/use-live-kpis';
import { recordsHref } from '@/lib/metrics';
import { addMonths, type Period } from '@/lib/period';

import { useMyMonth } from '../api/get-my-month';

import { ContributionPanel } from './contribution-panel';
import { MyBonusCard } from './my-bonus-card';
import { TrendPanel } from './trend-panel';

import './my-month-view.css';

type MyMonthViewProps = {
  employeeId: string;
  position: Position;
  period: Period;
  currentPeriod: Period;
};

/** A person's month: a card per KPI of their position, their part of the shared goal, their trend. */
export function MyMonthView({ employeeId, position, period, currentPeriod }: MyMonthViewProps) {
  const { t } = useTranslation();
  const [result, reexecute] = useMyMonth(employeeId, period);
  useLiveKpis(period, () => reexecute({ requestPolicy: 'network-only' }));
  const current = period === currentPeriod;

  return (
    <div className="my-month">
      <QueryView
        result={result}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        loading={<Loading variant="cards" count={3} />}
      >
        {(data) => {
          const { kpis, contribution } = data.employeeKpis;
          const previousPeriod = addMonths(period, -1);
          const previous = new Map(data.previous.kpis.map((kpi) => [kpi.metric, kpi.actual]));
          const empty = kpis.every((kpi) => (kpi.actual == null || Number(kpi.actual) === 0) && kpi.target == null);
          return (
            <>
              <section className="my-month__kpis" aria-labelledby="my-kpis-heading">
                <h2 id="my-kpis-heading" className="visually-hidden">
                  {t('myMonth.kpisHeading')}
                </h2>
                {kpis.length === 0 ? (
                  <EmptyState title={t('myMonth.noPositionKpis')} />
                ) : empty ? (
                  <EmptyState title={t('common.noData')} hint={t('common.noDataHint')} />
                ) : (
                  <KpiGrid count={kpis.length}>
                    {kpis.map((kpi) => (
                      <KpiCard
                        key={kpi.metric}
                        kpi={kpi}
                        current={current}
                        recordsHref={recordsHref(kpi.metric, period, employeeId)}
                        previous={
                          previous.has(kpi.metric)
                            ? { period: previousPeriod, actual: previous.get(kpi.metric) }
                            : undefined
                        }
                      />
                    ))}
                  </KpiGrid>
                )}
              </section>
              <div className="my-month__panels">
                <ContributionPanel
                  contribution={contribution}
                  dashboard={data.dashboard}
                  position={position}
                  current={current}
                />
                <MyBonusCard employeeId={employeeId} period={period} current={current} />
                <TrendPanel employeeId={employeeId} position={position} period={period} currentPeriod={currentPeriod} />
              </div>
            </>
          );
        }}
      </QueryView>
    </div>
  );
}
