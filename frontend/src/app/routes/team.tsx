import { useTranslation } from 'react-i18next';

import { MonthPicker } from '@/components/ui/month-picker';
import { PageHeader } from '@/components/ui/page-header';
import { useCompany } from '@/lib/company';
import { TeamView } from '@/features/team/components/team-view';
import { useSelectedMonth } from '@/hooks/use-selected-month';

/** Everyone's month against the one shared goal, and where the funnel leaks. */
export function TeamRoute() {
  const { t } = useTranslation();
  const { name } = useCompany();
  const month = useSelectedMonth();

  return (
    <>
      <PageHeader
        title={t('team.title')}
        subtitle={name}
        actions={<MonthPicker value={month.period} onChange={month.setPeriod} min={month.min} max={month.max} />}
      />
      <TeamView period={month.period} currentPeriod={month.currentPeriod} />
    </>
  );
}
