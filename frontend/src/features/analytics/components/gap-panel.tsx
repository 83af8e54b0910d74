import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Loading } from '@/components/ui/loading';
import { QueryView } from '@/components/ui/query-view';
import { Stat, StatList } from '@/components/ui/stat-list';
import type { VarianceDecompositionQuery } from '@/gql/graphql';
import type { Period } from '@/lib/period';
import { useFormat } from '@/lib/use-format';

import { useVarianceDecomposition } from '../api/get-variance';
import { gapChartData, RESPONSIBILITY_COLOURS } from '../lib/gap-chart-data';
import { useNarrow } from '../lib/use-narrow';

import { GapChart } from './gap-chart';

import './gap-panel.css';

type Measure = 'turnover' | 'grossMargin';
type Variance = VarianceDecompositionQuery['varianceDecomposition'];

/** Why the month differs from its baseline: lead volume (marketing), conversion and deal size (sales). */
export function GapPanel({ period }: { period: Period }) {
  const { t } = useTranslation();
  const [result, reexecute] = useVarianceDecomposition(period);
  const [measure, setMeasure] = useState<Measure>('turnover');

  return (
    <Card
      title={t('analytics.gap.heading')}
      className="analytics__gap"
      actions={
        <div className="segmented" role="group" aria-label={t('analytics.gap.measureLabel')}>
          {(['turnover', 'grossMargin'] as const).map((m) => (
            <button
              key={m}
              type="button"
              className="segmented__button"
              aria-pressed={measure === m}
              onClick={() => setMeasure(m)}
            >
              {t(`analytics.gap.${m}`)}
            </button>
          ))}
        </div>
      }
    >
      <QueryView
        result={result}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        loading={<Loading variant="block" />}
      >
        {({ varianceDecomposition }) => <GapBody variance={varianceDecomposition} measure={measure} />}
      </QueryView>
    </Card>
  );
}

function GapBody({ variance, measure }: { variance: Variance; measure: Measure }) {
  const { t } = useTranslation();
  const format = useFormat();
  const narrow = useNarrow();
  const decomposition = variance[measure];
  const baselineName =
    variance.baselineSource === 'APPLIED_PLAN'
      ? t('analytics.gap.againstPlan')
      : t('analytics.gap.againstPeriod', {
          month: variance.baselinePeriod ? format.month(variance.baselinePeriod) : '—',
        });

  // SPEC §7: in the first fifth of a month no one is blamed; the figures wait until they mean something.
  if (variance.reading === 'EARLY') {
    return (
      <>
        <p className="gap__baseline" data-baseline={variance.baselineSource}>
          {baselineName}
        </p>
        <EmptyState
          title={t('analytics.gap.early')}
          hint={t('analytics.gap.earlyDetail', { share: format.percent(variance.elapsedFraction) })}
        />
      </>
    );
  }

  if (Number(decomposition.baseline) === 0 && Number(decomposition.actual) === 0) {
    return (
      <>
        <p className="gap__baseline" data-baseline={variance.baselineSource}>
          {baselineName}
        </p>
        <EmptyState title={t('analytics.gap.noData')} />
      </>
    );
  }

  const bars = gapChartData(decomposition.parts, {
    factor: (factor) => t(`analytics.gap.factor.${factor}`),
    responsibility: (responsibility) => t(`analytics.gap.responsibility.${responsibility}`),
    money: (value) => signed(format.money(value), value),
  });
  const measureName = t(`analytics.gap.${measure}`);
  const description = t('analytics.gap.chartLabel', {
    measure: measureName,
    baseline: baselineName,
    parts: decomposition.parts
      .map(
        (part) =>
          `${t(`analytics.gap.factor.${part.factor}`)} (${t(`analytics.gap.responsibility.${part.responsibility}`)}) ${signed(format.money(part.amount), part.amount)}`,
      )
      .join('; '),
  });

  return (
    <div className="gap">
      <p className="gap__baseline" data-baseline={variance.baselineSource} data-basis={variance.basis}>
        <strong>{baselineName}</strong> · {t(`analytics.gap.scope.${measure}`)}
      </p>
      {variance.basis === 'TO_DATE' && (
        <p className="gap__basis">{t('analytics.gap.toDate', { share: format.percent(variance.elapsedFraction) })}</p>
      )}
      {variance.reading === 'NO_BASELINE' && <p className="gap__basis">{t('analytics.gap.noBaseline')}</p>}
      <StatList>
        <Stat label={t('analytics.gap.baseline')} value={format.money(decomposition.baseline)} />
        <Stat label={t('analytics.gap.actual')} value={format.money(decomposition.actual)} />
        <Stat
          label={t('analytics.gap.difference')}
          value={signed(format.money(decomposition.difference), decomposition.difference)}
        />
      </StatList>
      <GapChart bars={bars} description={description} compact={narrow} />
      {narrow && (
        <StatList>
          {decomposition.parts.map((part, i) => (
            <Stat key={part.factor} label={bars[i].label} value={signed(format.money(part.amount), part.amount)} />
          ))}
        </StatList>
      )}
      <ul className="gap__legend" aria-hidden="true">
        {(['MARKETING', 'SALES'] as const).map((who) => (
          <li key={who}>
            <span className="gap__swatch" style={{ background: RESPONSIBILITY_COLOURS[who] }} />
            {t(`analytics.gap.responsibilityLegend.${who}`)}
          </li>
        ))}
      </ul>
      <table className="data-table gap__factors">
        <caption className="gap__factors-caption">{t('analytics.gap.factorsHeading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('analytics.gap.factorCol')}</th>
            <th scope="col" className="data-table__num">
              {t('analytics.gap.baseline')}
            </th>
            <th scope="col" className="data-table__num">
              {t('analytics.gap.actual')}
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('analytics.gap.leads')}</th>
            <td className="data-table__num">{format.count(variance.baseline.leads)}</td>
            <td className="data-table__num">{format.count(variance.actual.leads)}</td>
          </tr>
          <tr>
            <th scope="row">{t('analytics.gap.conversion')}</th>
            <td className="data-table__num">{format.count(variance.baseline.dealsPerLead, 2)}</td>
            <td className="data-table__num">{format.count(variance.actual.dealsPerLead, 2)}</td>
          </tr>
          <tr>
            <th scope="row">{t('analytics.gap.averageDeal')}</th>
            <td className="data-table__num">{format.money(variance.baseline.averageDeal)}</td>
            <td className="data-table__num">{format.money(variance.actual.averageDeal)}</td>
          </tr>
          <tr>
            <th scope="row">{t('analytics.gap.marginPercent')}</th>
            <td className="data-table__num">{format.percent(variance.baseline.marginPercent)}</td>
            <td className="data-table__num">{format.percent(variance.actual.marginPercent)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

/** A gain shows its "+" (Intl only writes the minus), joined so that it never wraps apart. */
function signed(text: string, value: string): string {
  return Number(value) > 0 ? `+\u2060${text}` : text;
}
