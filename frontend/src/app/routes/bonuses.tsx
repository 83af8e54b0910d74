import { useTranslation } from 'react-i18next';

import { MonthPicker } from '@/components/ui/month-picker';
import { PageHeader } from '@/components/ui/page-header';
import { BonusesView } from '@/features/bonuses/components/bonuses-view';
import { useSelectedMonth } from '@/hooks/use-selected-month';

import { OwnerOnly } from './owner-only';

export function BonusesRoute() {
  const { t } = useTranslation();
  const month = useSelectedMonth();
  return (
    <OwnerOnly>
      <PageHeader
        title={t('bonuses.title')}
        subtitle={t('bonuses.subtitle')}
        actions={<MonthPicker value={month.period} onChange={month.setPeriod} min={month.min} max={month.max} />}
      />
      <BonusesView period={month.period} currentPeriod={month.currentPeriod} />
    </OwnerOnly>
  );
}
