import { useTranslation } from 'react-i18next';

import type { Period } from '@/lib/period';
import { useFormat } from '@/lib/use-format';

import { SCALES, spanOf, type Scale } from '../lib/span';

import { GapPanel } from './gap-panel';
import { MatrixPanel } from './matrix-panel';
import { PlanPanel } from './plan-panel';
import { SpanTotals } from './span-totals';

import './analytics-view.css';

type AnalyticsViewProps = {
  period: Period;
  scale: Scale;
  onScaleChange: (scale: Scale) => void;
  /** The plan from the goal is the owner's. */
  isOwner: boolean;
};

/**
 * Lead quality or selling, settled with numbers: the company totals for a month, quarter or year,
 * and for a month the conversion matrix, the gap by cause and (owners) the plan from the goal.
 */
export function AnalyticsView({ period, scale, onScaleChange, isOwner }: AnalyticsViewProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const span = spanOf(scale, period);
  const spanName =
    scale === 'month'
      ? format.month(period)
      : scale === 'quarter'
        ? t('analytics.span.quarterName', { quarter: span.quarter, year: span.year })
        : String(span.year);

  return (
    <div className="analytics">
      <div className="analytics__scale">
        <div className="segmented" role="group" aria-label={t('analytics.span.scaleLabel')}>
          {SCALES.map((s) => (
            <button
              key={s}
              type="button"
              className="segmented__button"
              aria-pressed={scale === s}
              onClick={() => onScaleChange(s)}
            >
              {t(`analytics.span.scale.${s}`)}
            </button>
          ))}
        </div>
      </div>
      <SpanTotals span={span} title={t('analytics.span.heading', { span: spanName })} />
      {scale === 'month' && (
        <>
          <MatrixPanel period={period} />
          <GapPanel period={period} />
          {isOwner && <PlanPanel period={period} />}
        </>
      )}
    </div>
  );
}
