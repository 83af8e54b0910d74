import { useTranslation } from 'react-i18next';

import type { Metric, PaceStatus } from '@/gql/graphql';
import type { Numeric } from '@/lib/format';
import { isAdditive, metricKind } from '@/lib/metrics';
import { useFormat } from '@/lib/use-format';

/** The same KPI a month earlier: its period and its actual. */
export type PreviousReading = { period: string; actual: Numeric };

type KpiChangeProps = {
  metric: Metric;
  status: PaceStatus;
  actual: Numeric;
  forecast: Numeric;
  /** The card is for the month in progress: additive metrics compare its forecast, not its partial actual. */
  current: boolean;
  previous: PreviousReading;
};

/**
 * The change against the previous month, said so that it cannot mislead: a month in progress compares
 * its forecast at the current pace (a half month's turnover is not "down 50 %"), nothing is compared
 * while it is too early to tell, and the previous month's figure is always shown beside the change.
 */
export function KpiChange({ metric, status, actual, forecast, current, previous }: KpiChangeProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const projected = current && isAdditive(metric);
  if (projected && status === 'EARLY') return null;
  const now = toNumber(projected ? forecast : actual);
  const before = toNumber(previous.actual);
  if (now == null || before == null) return null;

  const delta = now - before;
  const kind = metricKind(metric);
  const better = metric === 'COST_PER_LEAD' ? delta < 0 : delta > 0;
  const direction = delta === 0 ? 'same' : better ? 'better' : 'worse';
  const values = {
    change: signedChange(delta, before, kind, format),
    month: format.month(previous.period),
    previous: format.metric(metric, previous.actual),
  };
  const key = delta === 0 ? 'kpi.changeNone' : projected ? 'kpi.changeAtPace' : 'kpi.change';

  return (
    <p className={`kpi-change kpi-change--${direction}`} data-testid="kpi-change">
      {delta !== 0 && (
        <span className="kpi-change__arrow" aria-hidden="true">
          {delta > 0 ? '▲' : '▼'}
        </span>
      )}
      {t(key, values)}
    </p>
  );
}

function toNumber(value: Numeric): number | null {
  if (value == null || value === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

type Format = ReturnType<typeof useFormat>;

/** "+₽1.2M (+12%)", "−3 (−20%)", "+2.1 pp": money and counts with their relative change, ratios in points. */
function signedChange(delta: number, before: number, kind: ReturnType<typeof metricKind>, format: Format): string {
  const sign = delta > 0 ? '+' : '−';
  const size = Math.abs(delta);
  if (kind === 'ratio') return `${sign}${format.count(size * 100, 1)} ${format.percentPoints}`;
  const amount = kind === 'money' ? format.moneyCompact(size) : format.count(size, 1);
  if (before === 0) return `${sign}${amount}`;
  const relative = size / Math.abs(before);
  // A change under 10 % keeps one decimal, so a small move never reads as "+0 %".
  return `${sign}${amount} (${sign}${format.percent(relative, relative < 0.1 ? 1 : 0)})`;
}
