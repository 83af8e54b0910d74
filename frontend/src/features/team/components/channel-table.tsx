import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { getFragmentData, type FragmentType } from '@/gql/fragment-masking';
import { graphql } from '@/gql/gql';
import { useFormat } from '@/lib/use-format';

import './channel-table.css';

export const ChannelTableChannelFragment = graphql(`
  fragment ChannelTable_channel on ChannelStats {
    channel {
      id
      name
      archived
    }
    spend
    leads
    costPerLead
    notTargetShare
    contestedNotTarget
    conversion
    attributedTurnover
    romi
  }
`);

type ChannelTableProps = {
  channels: FragmentType<typeof ChannelTableChannelFragment>[];
};

/** Per channel: what it cost, what it brought, and how often sales called its leads "not target". */
export function ChannelTable({ channels: channelRefs }: ChannelTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const channels = channelRefs.map((ref) => getFragmentData(ChannelTableChannelFragment, ref));
  const contestedHintId = useId();
  const anyContested = channels.some((row) => row.contestedNotTarget > 0);

  const romi = (value: number | null | undefined, spend: string, leads: number) => {
    if (value != null) return format.percent(value, 0);
    // ROMI is undefined without spend: leads that cost nothing are organic.
    return Number(spend) === 0 && leads > 0 ? <span className="channels__organic">{t('team.organic')}</span> : '—';
  };

  // Marks under an open dispute are out of the share until an owner rules: say how many, and why.
  // One element: the stacked phone layout spreads a cell's children apart.
  const notTarget = (share: number | null | undefined, contested: number) => (
    <span>
      {format.percent(share)}
      {contested > 0 && (
        <span className="channels__contested" title={t('handoffs.contestedHint')} aria-describedby={contestedHintId}>
          {' · '}
          {t('handoffs.contestedCount', { count: contested })}
        </span>
      )}
    </span>
  );

  return (
    <>
      <table className="data-table data-table--stack channels">
        <thead>
          <tr>
            <th scope="col">{t('team.channel')}</th>
            <th scope="col" className="data-table__num">
              {t('team.channelSpend')}
            </th>
            <th scope="col" className="data-table__num">
              {t('team.leads')}
            </th>
            <th scope="col" className="data-table__num">
              {t('team.cpl')}
            </th>
            <th scope="col" className="data-table__num">
              {t('team.notTargetShare')}
            </th>
            <th scope="col" className="data-table__num">
              {t('team.conversion')}
            </th>
            <th scope="col" className="data-table__num">
              {t('team.attributedTurnover')}
            </th>
            <th scope="col" className="data-table__num">
              {t('team.romi')}
            </th>
          </tr>
        </thead>
        <tbody>
          {channels.map((row) => (
            <tr key={row.channel.id}>
              <th scope="row">
                {row.channel.name}
                {row.channel.archived && <span className="channels__archived"> ({t('team.archived')})</span>}
              </th>
              <td data-label={t('team.channelSpend')} className="data-table__num">
                {format.money(row.spend)}
              </td>
              <td data-label={t('team.leads')} className="data-table__num">
                {format.count(row.leads)}
              </td>
              <td data-label={t('team.cpl')} className="data-table__num">
                {format.money(row.costPerLead)}
              </td>
              <td data-label={t('team.notTargetShare')} className="data-table__num">
                {notTarget(row.notTargetShare, row.contestedNotTarget)}
              </td>
              <td data-label={t('team.conversion')} className="data-table__num">
                {format.percent(row.conversion)}
              </td>
              <td data-label={t('team.attributedTurnover')} className="data-table__num">
                {format.money(row.attributedTurnover)}
              </td>
              <td data-label={t('team.romi')} className="data-table__num">
                {romi(row.romi, row.spend, row.leads)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {anyContested && (
        <p id={contestedHintId} className="channels__hint">
          {t('handoffs.contestedHint')}
        </p>
      )}
    </>
  );
}
