import { useTranslation } from 'react-i18next';

import { getFragmentData, type FragmentType } from '@/gql/fragment-masking';
import { graphql } from '@/gql/gql';
import { useFormat } from '@/lib/use-format';

import './handoff-ledger.css';

export const HandoffLedgerHandoffFragment = graphql(`
  fragment HandoffLedger_handoff on Handoff {
    marketer {
      id
      fullName
    }
    salesperson {
      id
      fullName
    }
    leads
    won
    lostNotTarget
    contested
    overturned
    medianHoursToAssign
    medianHoursToClose
  }
`);

type HandoffLedgerProps = {
  handoffs: FragmentType<typeof HandoffLedgerHandoffFragment>[];
};

/**
 * Per marketer × salesperson pair: how many of the month's leads were handed over, what became of
 * them and how fast. Counts and medians only — evidence both sides read the same way.
 */
export function HandoffLedger({ handoffs: refs }: HandoffLedgerProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = refs.map((ref) => getFragmentData(HandoffLedgerHandoffFragment, ref));
  const hours = (value: number | null | undefined) =>
    value == null ? '—' : t('handoffs.hours', { value: format.count(value, 1) });

  return (
    <table className="data-table data-table--stack ledger">
      <caption className="visually-hidden">{t('handoffs.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('handoffs.pair')}</th>
          <th scope="col" className="data-table__num">
            {t('handoffs.leads')}
          </th>
          <th scope="col" className="data-table__num">
            {t('handoffs.converted')}
          </th>
          <th scope="col" className="data-table__num">
            {t('handoffs.notTarget')}
          </th>
          <th scope="col" className="data-table__num">
            {t('handoffs.contested')}
          </th>
          <th scope="col" className="data-table__num">
            {t('handoffs.overturned')}
          </th>
          <th scope="col" className="data-table__num">
            {t('handoffs.hoursToAssign')}
          </th>
          <th scope="col" className="data-table__num">
            {t('handoffs.hoursToClose')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={`${row.marketer.id}-${row.salesperson.id}`}>
            <th scope="row">
              {t('handoffs.pairName', { marketer: row.marketer.fullName, salesperson: row.salesperson.fullName })}
            </th>
            <td data-label={t('handoffs.leads')} className="data-table__num">
              {format.count(row.leads)}
            </td>
            <td data-label={t('handoffs.converted')} className="data-table__num">
              {format.count(row.won)}
            </td>
            <td data-label={t('handoffs.notTarget')} className="data-table__num">
              {format.count(row.lostNotTarget)}
            </td>
            <td data-label={t('handoffs.contested')} className="data-table__num">
              {format.count(row.contested)}
            </td>
            <td data-label={t('handoffs.overturned')} className="data-table__num">
              {format.count(row.overturned)}
            </td>
            <td data-label={t('handoffs.hoursToAssign')} className="data-table__num">
              {hours(row.medianHoursToAssign)}
            </td>
            <td data-label={t('handoffs.hoursToClose')} className="data-table__num">
              {hours(row.medianHoursToClose)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
