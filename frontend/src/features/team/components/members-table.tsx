import { useTranslation } from 'react-i18next';

import { StatusBadge } from '@/components/ui/status-badge';
import { getFragmentData, type FragmentType } from '@/gql/fragment-masking';
import { graphql } from '@/gql/gql';
import { useFormat } from '@/lib/use-format';

import './members-table.css';

export const MembersTableMemberFragment = graphql(`
  fragment MembersTable_member on MemberKpis {
    employee {
      id
      fullName
      position
      active
    }
    kpis {
      metric
      completion
      status
    }
    contribution {
      turnoverShare
      marginShare
      shareOfTarget
      attributedTurnoverShare
      attributedMarginShare
      attributedShareOfTarget
      turnover
      grossMargin
      attributedTurnover
      attributedGrossMargin
    }
  }
`);

type MembersTableProps = {
  members: FragmentType<typeof MembersTableMemberFragment>[];
};

/**
 * Everyone's plan completion and share of the shared goal. Colleagues' absolute targets never
 * arrive from the API; what does arrive is shown, "—" where a value is undefined.
 */
export function MembersTable({ members: memberRefs }: MembersTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const members = memberRefs.map((ref) => getFragmentData(MembersTableMemberFragment, ref));

  // A sales share where there is one; a marketer's share comes from the deals on their leads.
  // With money (SPEC §7 "Contribution in money"): the share, then the roubles behind it.
  const share = (
    sales: number | null | undefined,
    attributed: number | null | undefined,
    salesMoney?: string | null,
    attributedMoney?: string | null,
  ) => {
    if (sales == null && attributed == null) return '—';
    return (
      <span className="members__share">
        {sales != null && (
          <span>
            {format.percent(sales)}
            {salesMoney != null && <span className="members__money"> · {format.money(salesMoney)}</span>}
          </span>
        )}
        {attributed != null && (
          <span>
            {format.percent(attributed)}
            {attributedMoney != null && <span className="members__money"> · {format.money(attributedMoney)}</span>}{' '}
            <span className="members__via">{t('team.viaLeads')}</span>
          </span>
        )}
      </span>
    );
  };

  return (
    <>
      <table className="data-table data-table--stack members">
        <thead>
          <tr>
            <th scope="col">{t('team.name')}</th>
            <th scope="col">{t('team.kpis')}</th>
            <th scope="col" className="data-table__num">
              {t('team.turnoverShare')}
            </th>
            <th scope="col" className="data-table__num">
              {t('team.marginShare')}
            </th>
            <th scope="col" className="data-table__num">
              {t('team.shareOfTarget')}
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map(({ employee, kpis, contribution }) => (
            <tr key={employee.id}>
              <th scope="row">
                <span className="members__who">
                  <span className="members__name">{employee.fullName}</span>
                  <span className="members__position">
                    {employee.position ? t(`position.${employee.position}`) : '—'}
                  </span>
                </span>
              </th>
              <td data-label={t('team.kpis')}>
                <ul className="members__kpis">
                  {kpis.map((kpi) => (
                    <li key={kpi.metric} className="members__kpi">
                      <span className="members__metric">{t(`metric.${kpi.metric}`)}</span>
                      <span className="members__completion">{format.percent(kpi.completion, 0)}</span>
                      <StatusBadge status={kpi.status} />
                    </li>
                  ))}
                </ul>
              </td>
              <td data-label={t('team.turnoverShare')} className="data-table__num">
                {share(
                  contribution.turnoverShare,
                  contribution.attributedTurnoverShare,
                  contribution.turnover,
                  contribution.attributedTurnover,
                )}
              </td>
              <td data-label={t('team.marginShare')} className="data-table__num">
                {share(
                  contribution.marginShare,
                  contribution.attributedMarginShare,
                  contribution.grossMargin,
                  contribution.attributedGrossMargin,
                )}
              </td>
              <td data-label={t('team.shareOfTarget')} className="data-table__num">
                {share(contribution.shareOfTarget, contribution.attributedShareOfTarget)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="members__credit">{t('team.doubleCredit')}</p>
    </>
  );
}
