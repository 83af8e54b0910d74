import { useTranslation } from 'react-i18next';

import { Stat, StatList } from '@/components/ui/stat-list';
import { getFragmentData, type FragmentType } from '@/gql/fragment-masking';
import { graphql } from '@/gql/gql';
import { useFormat } from '@/lib/use-format';

export const CompanyTotalsFragment = graphql(`
  fragment CompanyTotals_dashboard on Dashboard {
    turnover
    grossMargin
    marginPercent
    leads
    spend
    costPerLead
    leadConversion
    newClients
  }
`);

export function CompanyTotals({ dashboard }: { dashboard: FragmentType<typeof CompanyTotalsFragment> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const totals = getFragmentData(CompanyTotalsFragment, dashboard);
  return (
    <StatList>
      <Stat label={t('team.turnover')} value={format.money(totals.turnover)} />
      <Stat label={t('team.grossMargin')} value={format.money(totals.grossMargin)} />
      <Stat label={t('team.marginPercent')} value={format.percent(totals.marginPercent)} />
      <Stat label={t('team.leads')} value={format.count(totals.leads)} />
      <Stat label={t('team.spend')} value={format.money(totals.spend)} />
      <Stat label={t('team.costPerLead')} value={format.money(totals.costPerLead)} />
      <Stat label={t('team.leadConversion')} value={format.percent(totals.leadConversion)} />
      <Stat label={t('team.newClients')} value={format.count(totals.newClients)} />
    </StatList>
  );
}
