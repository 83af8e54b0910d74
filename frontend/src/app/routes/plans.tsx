import { useTranslation } from 'react-i18next';

import { MonthPicker } from '@/components/ui/month-picker';
import { PageHeader } from '@/components/ui/page-header';
import { PlansView } from '@/features/plans/components/plans-view';
import { useSelectedMonth } from '@/hooks/use-selected-month';

import { OwnerOnly } from './owner-only';

export function PlansRoute() {
  const { t } = useTranslation();
  const month = useSelectedMonth();
  return (
    <OwnerOnly>
      <PageHeader
        title={t('plans.title')}
        subtitle={t('plans.subtitle')}
        actions={<MonthPicker value={month.period} onChange={month.setPeriod} min={month.min} max={month.max} />}
      />
      <PlansView period={month.period} />
    </OwnerOnly>
  );
}
