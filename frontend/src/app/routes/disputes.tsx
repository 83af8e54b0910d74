import { useTranslation } from 'react-i18next';

import { MonthPicker } from '@/components/ui/month-picker';
import { PageHeader } from '@/components/ui/page-header';
import { useSignedInEmployee } from '@/features/auth/hooks/use-session';
import { DisputesView } from '@/features/disputes/components/disputes-view';
import { useSelectedMonth } from '@/hooks/use-selected-month';

/** /disputes — contested "not target" marks: marketers contest, owners rule, everyone reads. */
export function DisputesRoute() {
  const { t } = useTranslation();
  const me = useSignedInEmployee();
  const month = useSelectedMonth();
  // The month only picks the marketer's own leads; the disputes list spans every month.
  const monthly = me.position === 'MARKETER';

  return (
    <>
      <PageHeader
        title={t('disputes.title')}
        subtitle={t('disputes.subtitle')}
        actions={
          monthly ? (
            <MonthPicker value={month.period} onChange={month.setPeriod} min={month.min} max={month.max} />
          ) : undefined
        }
      />
      <DisputesView me={me} period={month.period} />
    </>
  );
}
