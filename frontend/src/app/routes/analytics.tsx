import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

import { MonthPicker } from '@/components/ui/month-picker';
import { PageHeader } from '@/components/ui/page-header';
import { AnalyticsView } from '@/features/analytics/components/analytics-view';
import { isScale, type Scale } from '@/features/analytics/lib/span';
import { useSignedInEmployee } from '@/features/auth/hooks/use-session';
import { useSelectedMonth } from '@/hooks/use-selected-month';
import { useCompany } from '@/lib/company';

/** Lead quality or selling: the matrix, the gap by cause, the plan from the goal, quarters and years. */
export function AnalyticsRoute() {
  const { t } = useTranslation();
  const { name } = useCompany();
  const me = useSignedInEmployee();
  const month = useSelectedMonth();
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('view');
  const scale: Scale = isScale(requested) ? requested : 'month';

  const setScale = useCallback(
    (next: Scale) =>
      setSearchParams(
        (params) => {
          const updated = new URLSearchParams(params);
          if (next === 'month') updated.delete('view');
          else updated.set('view', next);
          return updated;
        },
        { replace: true },
      ),
    [setSearchParams],
  );

  return (
    <>
      <PageHeader
        title={t('analytics.title')}
        subtitle={name}
        actions={<MonthPicker value={month.period} onChange={month.setPeriod} min={month.min} max={month.max} />}
      />
      <AnalyticsView period={month.period} scale={scale} onScaleChange={setScale} isOwner={me.role === 'OWNER'} />
    </>
  );
}
