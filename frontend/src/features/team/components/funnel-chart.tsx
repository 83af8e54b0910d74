import { useTranslation } from 'react-i18next';
import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';

import { getFragmentData, type FragmentType } from '@/gql/fragment-masking';
import { graphql } from '@/gql/gql';
import type { FunnelStage } from '@/gql/graphql';
import { useFormat } from '@/lib/use-format';

import './funnel-chart.css';

export const FunnelChartFragment = graphql(`
  fragment FunnelChart_funnel on Funnel {
    steps {
      stage
      value
      conversionFromPrevious
    }
  }
`);

const MONEY_STAGES: FunnelStage[] = ['SPEND', 'TURNOVER', 'GROSS_MARGIN'];
const COUNT_COLOURS = ['#3152c8', '#4a68d4', '#6a84dc', '#8aa0e6'];

/**
 * The month's leads followed through to money. Counts (leads → assigned → won → deals) are bars with
 * the conversion between steps; money stages (spend, turnover, margin) have another unit, so they
 * stand beside the bars as figures rather than on the same axis.
 */
export function FunnelChart({ funnel }: { funnel: FragmentType<typeof FunnelChartFragment> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { steps } = getFragmentData(FunnelChartFragment, funnel);

  const counts = steps
    .filter((step) => !MONEY_STAGES.includes(step.stage))
    .map((step) => ({
      stage: step.stage,
      label: t(`funnelStage.${step.stage}`),
      value: Number(step.value),
      text:
        step.conversionFromPrevious == null
          ? format.count(step.value)
          : `${format.count(step.value)} · ${format.percent(step.conversionFromPrevious)}`,
    }));
  const money = (stage: FunnelStage) => steps.find((step) => step.stage === stage)?.value;
  const described = steps
    .map((step) => {
      const value = MONEY_STAGES.includes(step.stage) ? format.money(step.value) : format.count(step.value);
      const conversion =
        step.conversionFromPrevious == null
          ? ''
          : ` (${t('team.funnelConversion', { value: format.percent(step.conversionFromPrevious) })})`;
      return `${t(`funnelStage.${step.stage}`)} ${value}${conversion}`;
    })
    .join(' → ');

  return (
    <figure className="funnel">
      <figcaption className="visually-hidden">{t('team.funnelChartLabel', { steps: described })}</figcaption>
      <div className="funnel__body" aria-hidden="true">
        <p className="funnel__money funnel__money--in">
          <span>{t('funnelStage.SPEND')}</span>
          <strong>{format.money(money('SPEND'))}</strong>
        </p>
        <div className="funnel__chart">
          <ResponsiveContainer width="100%" height={counts.length * 44 + 8}>
            <BarChart
              data={counts}
              layout="vertical"
              margin={{ top: 4, right: 96, bottom: 4, left: 0 }}
              accessibilityLayer={false}
            >
              <XAxis type="number" hide domain={[0, 'dataMax']} />
              <YAxis
                type="category"
                dataKey="label"
                width={92}
                tickLine={false}
                axisLine={false}
                tick={{ fontSize: 13, fill: 'var(--color-text)' }}
              />
              <Bar dataKey="value" radius={[0, 4, 4, 0]} barSize={26} isAnimationActive={false}>
                {counts.map((step, i) => (
                  <Cell key={step.stage} fill={COUNT_COLOURS[i % COUNT_COLOURS.length]} />
                ))}
                <LabelList dataKey="text" position="right" style={{ fontSize: 13, fill: 'var(--color-text)' }} />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
        <div className="funnel__money funnel__money--out">
          <p>
            <span>{t('funnelStage.TURNOVER')}</span>
            <strong>{format.money(money('TURNOVER'))}</strong>
          </p>
          <p>
            <span>{t('funnelStage.GROSS_MARGIN')}</span>
            <strong>{format.money(money('GROSS_MARGIN'))}</strong>
          </p>
        </div>
      </div>
      <p className="funnel__note">{t('team.funnelNote')}</p>
    </figure>
  );
}
