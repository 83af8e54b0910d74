import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  CartesianGrid,
  Cell,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

import { getFragmentData, type FragmentType } from '@/gql/fragment-masking';
import { graphql } from '@/gql/gql';
import type { Metric } from '@/gql/graphql';
import { metricKind } from '@/lib/metrics';
import type { Period } from '@/lib/period';
import { useFormat } from '@/lib/use-format';

import './kpi-trend-chart.css';

export const KpiTrendMonthFragment = graphql(`
  fragment KpiTrend_month on MemberKpis {
    kpis {
      metric
      actual
      target
    }
  }
`);

type KpiTrendChartProps = {
  metric: Metric;
  months: { period: Period; kpis: FragmentType<typeof KpiTrendMonthFragment> }[];
  currentPeriod: Period;
};

const ACCENT = 'var(--color-accent)';
const ACCENT_LIGHT = 'var(--color-accent-partial)';
const PLAN = 'var(--color-text)';

/** One metric by month: bars for the actual (the current, unfinished month lighter), a line for the plan. */
export function KpiTrendChart({ metric, months, currentPeriod }: KpiTrendChartProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const captionId = useId();

  const data = months.map(({ period, kpis }) => {
    const kpi = getFragmentData(KpiTrendMonthFragment, kpis).kpis.find((k) => k.metric === metric);
    return {
      period,
      label: format.monthShort(period),
      actual: kpi?.actual == null ? null : Number(kpi.actual),
      plan: kpi?.target == null ? null : Number(kpi.target),
      rawActual: kpi?.actual ?? null,
    };
  });
  const money = metricKind(metric) === 'money';
  const axis = (value: number) => (money ? format.moneyCompact(value) : format.count(value, 1));
  const full = (value: unknown) => (typeof value === 'number' ? format.metric(metric, value) : '—');
  const name = t(`metric.${metric}`);
  const summary = t('myMonth.trendSummary', {
    metric: name,
    values: data.map((d) => `${format.month(d.period)}: ${format.metric(metric, d.rawActual)}`).join('; '),
  });

  return (
    <figure className="kpi-trend" aria-labelledby={captionId}>
      <figcaption id={captionId} className="kpi-trend__caption">
        <span className="kpi-trend__title">{name}</span>
        <span className="visually-hidden">{summary}</span>
      </figcaption>
      <div className="kpi-trend__chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={220}>
          <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid vertical={false} stroke="var(--color-border)" />
            <XAxis
              dataKey="label"
              tickLine={false}
              axisLine={false}
              tick={{ fontSize: 12, fill: 'var(--color-text-muted)' }}
            />
            <YAxis
              width={money ? 76 : 36}
              tickLine={false}
              axisLine={false}
              allowDecimals={!money}
              tick={{ fontSize: 12, fill: 'var(--color-text-muted)' }}
              tickFormatter={axis}
            />
            <Tooltip
              formatter={(value) => full(value)}
              labelFormatter={(_, payload) => {
                const period = payload?.[0]?.payload?.period;
                return typeof period === 'string' ? format.month(period) : '';
              }}
              cursor={{ fill: 'var(--color-hover)' }}
            />
            <Legend wrapperStyle={{ fontSize: 12 }} itemSorter="dataKey" />
            <Bar
              dataKey="actual"
              name={t('myMonth.trendActual')}
              fill={ACCENT}
              radius={[4, 4, 0, 0]}
              maxBarSize={40}
              isAnimationActive={false}
            >
              {data.map((d) => (
                <Cell key={d.period} fill={d.period === currentPeriod ? ACCENT_LIGHT : ACCENT} />
              ))}
            </Bar>
            <Line
              dataKey="plan"
              name={t('myMonth.trendPlan')}
              stroke={PLAN}
              strokeDasharray="5 4"
              strokeWidth={2}
              dot={{ r: 3, fill: PLAN, strokeDasharray: '0' }}
              connectNulls={false}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
