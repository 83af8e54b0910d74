import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

import { MonthPicker } from '@/components/ui/month-picker';
import { PageHeader } from '@/components/ui/page-header';
import { useSignedInEmployee } from '@/features/auth/hooks/use-session';
import { CompanyMonthView } from '@/features/my-month/components/company-month-view';
import { MyMonthView } from '@/features/my-month/components/my-month-view';
import { useSelectedMonth } from '@/hooks/use-selected-month';

/** The landing page: my KPIs of the month (an owner without a position sees the company's). */
export function MyMonthRoute() {
  const { t } = useTranslation();
  const me = useSignedInEmployee();
  const month = useSelectedMonth();
  const { search } = useLocation();
  const subtitle = [me.fullName, me.position ? t(`position.${me.position}`) : t(`role.${me.role}`)].join(' · ');

  return (
    <>
      <PageHeader
        title={t('myMonth.title')}
        subtitle={subtitle}
        actions={<MonthPicker value={month.period} onChange={month.setPeriod} min={month.min} max={month.max} />}
      />
      {me.position ? (
        <MyMonthView
          employeeId={me.id}
          position={me.position}
          period={month.period}
          currentPeriod={month.currentPeriod}
        />
      ) : (
        <CompanyMonthView period={month.period} currentPeriod={month.currentPeriod} teamLink={`/team${search}`} />
      )}
    </>
  );
}
