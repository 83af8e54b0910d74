import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useParams } from 'react-router';

import { MonthPicker } from '@/components/ui/month-picker';
import { PageHeader } from '@/components/ui/page-header';
import { RecordsView } from '@/features/records/components/records-view';
import { useSignedInEmployee } from '@/features/auth/hooks/use-session';
import { recordsAccess, type RecordTab } from '@/features/records/hooks/use-records-access';
import { useSelectedMonth } from '@/hooks/use-selected-month';

const MONTHLY: RecordTab[] = ['leads', 'deals', 'spend'];

/** /records/:tab — leads, deals, clients, spend, channels (those the person works with). */
export function RecordsRoute() {
  const { t } = useTranslation();
  const { tab } = useParams();
  const { search } = useLocation();
  const me = useSignedInEmployee();
  const access = recordsAccess(me);
  const month = useSelectedMonth();

  const current = access.tabs.find((name) => name === tab);
  if (!current) return <Navigate to={{ pathname: `/records/${access.tabs[0]}`, search }} replace />;

  return (
    <>
      <PageHeader
        title={t('records.title')}
        subtitle={t('records.subtitle')}
        actions={
          MONTHLY.includes(current) ? (
            <MonthPicker value={month.period} onChange={month.setPeriod} min={month.min} max={month.max} />
          ) : undefined
        }
      />
      <RecordsView tab={current} period={month.period} me={me} />
    </>
  );
}
