import { useTranslation } from 'react-i18next';

import { Card } from '@/components/ui/card';
import { Loading } from '@/components/ui/loading';
import { QueryView } from '@/components/ui/query-view';
import type { Metric, Position } from '@/gql/graphql';
import type { Period } from '@/lib/period';

import { useKpiTrend } from '../api/get-kpi-trend';

import { KpiTrendChart } from './kpi-trend-chart';

import './trend-panel.css';

/** The position's main KPI (the first of its set); marketers also see the turnover their leads brought. */
export function trendMetrics(position: Position): Metric[] {
  switch (position) {
    case 'MARKETER':
      return ['LEADS', 'ATTRIBUTED_TURNOVER'];
    case 'HUNTER':
      return ['NEW_CLIENTS'];
    case 'FARMER':
      return ['TURNOVER'];
  }
}

type TrendPanelProps = {
  employeeId: string;
  position: Position;
  period: Period;
  currentPeriod: Period;
};

export function TrendPanel({ employeeId, position, period, currentPeriod }: TrendPanelProps) {
  const { t } = useTranslation();
  const { months, result, reexecute } = useKpiTrend(employeeId, period);
  const metrics = trendMetrics(position);

  return (
    <Card title={t('myMonth.trendHeading')} className="trend-panel">
      <QueryView
        result={{ ...result, data: months }}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        loading={<Loading />}
      >
        {(loaded) => (
          <div className={metrics.length > 1 ? 'trend-panel__charts trend-panel__charts--two' : 'trend-panel__charts'}>
            {metrics.map((metric) => (
              <KpiTrendChart key={metric} metric={metric} months={loaded} currentPeriod={currentPeriod} />
            ))}
          </div>
        )}
      </QueryView>
    </Card>
  );
}
