import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ProgressBar } from '@/components/ui/progress-bar';
import { StatusBadge, statusTone } from '@/components/ui/status-badge';
import { getFragmentData, type FragmentType } from '@/gql/fragment-masking';
import { graphql } from '@/gql/gql';
import { isAdditive } from '@/lib/metrics';
import { useFormat } from '@/lib/use-format';

import { KpiChange, type PreviousReading } from './kpi-change';

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
  /** The same KPI a month earlier; the card then says how it changed. */
  previous?: PreviousReading;
};

/** One KPI against its plan: actual, plan, completion, pace status, and where it should be by now. */
export function KpiCard({ kpi: kpiRef, current, title, noPlanText, recordsHref, previous }: KpiCardProps) {
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
  const actual = format.metricShort(kpi.metric, kpi.actual);
  const target = format.metricShort(kpi.metric, kpi.target);

  return (
    <article className={`kpi-card kpi-card--${tone}`} aria-labelledby={titleId} data-metric={kpi.metric}>
      <header className="kpi-card__header">
        <h3 id={titleId} className="kpi-card__title">
          {name}
        </h3>
        <StatusBadge status={kpi.status} />
      </header>
      <ActualAmount
        text={actual.text}
        exact={actual.exact}
        exactPlan={target.exact == null ? null : t('kpi.exactPlan', { target: target.exact })}
      />
      <p className="kpi-card__plan">
        {hasTarget ? (
          <>
            <span>{t('kpi.ofPlan', { target: target.text })}</span>
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
          {hasTarget && <Fact label={t('kpi.expectedByNow')} value={format.metric(kpi.metric, kpi.expectedByNow)} />}
          <Fact label={t('kpi.forecast')} value={format.metric(kpi.metric, kpi.forecast, true)} />
          {hasTarget && (
            <Fact label={t('kpi.requiredDailyPace')} value={format.metric(kpi.metric, kpi.requiredDailyPace, true)} />
          )}
        </dl>
      )}
      {previous && (
        <KpiChange
          metric={kpi.metric}
          status={kpi.status}
          actual={kpi.actual}
          forecast={kpi.forecast}
          current={current}
          previous={previous}
        />
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

/**
 * The card's main number. A compact amount ("₽12.3M") can be focused and shows the exact figures on
 * hover or focus (Escape hides them); screen readers hear them as its description.
 */
function ActualAmount({ text, exact, exactPlan }: { text: string; exact: string | null; exactPlan: string | null }) {
  const tooltipId = useId();
  const [dismissed, setDismissed] = useState(false);
  if (exact == null) {
    return (
      <p className="kpi-card__actual">
        <span data-testid="kpi-actual">{text}</span>
      </p>
    );
  }
  return (
    <p className={`kpi-card__actual kpi-card__actual--short${dismissed ? ' kpi-card__actual--dismissed' : ''}`}>
      <span
        data-testid="kpi-actual"
        tabIndex={0}
        aria-describedby={tooltipId}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setDismissed(true);
        }}
        onBlur={() => setDismissed(false)}
        onMouseLeave={() => setDismissed(false)}
      >
        {text}
      </span>
      <span role="tooltip" id={tooltipId} className="kpi-card__exact">
        <span data-testid="kpi-actual-exact">{exact}</span>
        {exactPlan && <span className="kpi-card__exact-plan">{exactPlan}</span>}
      </span>
    </p>
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
