import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ProgressBar } from '@/components/ui/progress-bar';
import { StatusBadge, statusTone } from '@/components/ui/status-badge';
import { getFragmentData, type FragmentType } from '@/gql/fragment-masking';
import { graphql } from '@/gql/gql';
import { isAdditive } from '@/lib/metrics';
import { useFormat } from '@/lib/use-format';

import './kpi-card.css';

export const KpiCardFragment = graphql(`
  fragment KpiCard_kpi on Kpi {
    metric
    actual
    target
    completion
    expectedByNow
    forecast
    requiredDailyPace
    status
  }
`);

type KpiCardProps = {
  kpi: FragmentType<typeof KpiCardFragment>;
  /** The period is the current month: only then do forecast, daily pace and the expected-by-now marker apply. */
  current: boolean;
  /** Overrides the metric's name (e.g. the company's turnover against the shared goal). */
  title?: string;
  /** Shown instead of the plan when there is none. */
  noPlanText?: string;
  /** The records behind the number; the card links to them. */
  recordsHref?: string;
};

/** One KPI against its plan: actual, plan, completion, pace status, and where it should be by now. */
export function KpiCard({ kpi: kpiRef, current, title, noPlanText, recordsHref }: KpiCardProps) {
  const kpi = getFragmentData(KpiCardFragment, kpiRef);
  const { t } = useTranslation();
  const format = useFormat();
  const titleId = useId();

  const name = title ?? t(`metric.${kpi.metric}`);
  const tone = statusTone(kpi.status);
  const hasTarget = kpi.target != null;
  const paced = current && isAdditive(kpi.metric);
  const targetNumber = kpi.target == null ? null : Number(kpi.target);
  const marker =
    paced && kpi.expectedByNow != null && targetNumber != null && targetNumber > 0
      ? Number(kpi.expectedByNow) / targetNumber
      : null;
  const completion = format.percent(kpi.completion);

  return (
    <article className={`kpi-card kpi-card--${tone}`} aria-labelledby={titleId} data-metric={kpi.metric}>
      <header className="kpi-card__header">
        <h3 id={titleId} className="kpi-card__title">
          {name}
        </h3>
        <StatusBadge status={kpi.status} />
      </header>
      <p className="kpi-card__actual" data-testid="kpi-actual">
        {format.metric(kpi.metric, kpi.actual)}
      </p>
      <p className="kpi-card__plan">
        {hasTarget ? (
          <>
            <span>{t('kpi.ofPlan', { target: format.metric(kpi.metric, kpi.target) })}</span>
            <span aria-hidden="true"> · </span>
            <strong data-testid="kpi-completion">{t('kpi.completion', { value: completion })}</strong>
          </>
        ) : (
          (noPlanText ?? t('kpi.noPlan'))
        )}
      </p>
      <ProgressBar
        value={kpi.completion ?? null}
        marker={marker}
        tone={tone}
        label={t('kpi.progressLabel', { metric: name })}
        valueText={
          marker == null
            ? t('kpi.progressTextNoMarker', { completion })
            : t('kpi.progressText', { completion, expected: format.percent(marker) })
        }
      />
      {paced && (
        <dl className="kpi-card__facts">
          {hasTarget && (
            <Fact label={t('kpi.expectedByNow')} value={format.metric(kpi.metric, kpi.expectedByNow)} />
          )}
          <Fact label={t('kpi.forecast')} value={format.metric(kpi.metric, kpi.forecast, true)} />
          {hasTarget && (
            <Fact
              label={t('kpi.requiredDailyPace')}
              value={format.metric(kpi.metric, kpi.requiredDailyPace, true)}
            />
          )}
        </dl>
      )}
      {kpi.metric === 'LEAD_CONVERSION' && <p className="kpi-card__note">{t('kpi.conversionNote')}</p>}
      {recordsHref && (
        <p className="kpi-card__records">
          <Link to={recordsHref}>
            {t('kpi.openRecords')}
            <span className="visually-hidden">{t('kpi.openRecordsOf', { metric: name })}</span>
          </Link>
        </p>
      )}
    </article>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div className="kpi-card__fact">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
