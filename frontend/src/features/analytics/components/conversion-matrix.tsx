import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { ConversionMatrixQuery } from '@/gql/graphql';
import { useFormat } from '@/lib/use-format';

import { heatColour } from '../lib/heat';

import { SignificanceMarker } from './significance-marker';

import './conversion-matrix.css';

export type Matrix = ConversionMatrixQuery['conversionMatrix'];

/**
 * The heat map: one row per channel, one column per salesperson. A cell's shade is its conversion;
 * ▼/▲ marks a difference from the channel's other salespeople beyond chance. The channel column
 * compares the channel with all other channels, beside its NOT_TARGET share ("bad lead" verdicts).
 */
export function ConversionMatrixTable({ matrix }: { matrix: Matrix }) {
  const { t } = useTranslation();
  const format = useFormat();
  const highest = Math.max(
    0,
    ...matrix.channels.flatMap((row) => [row.conversion ?? 0, ...row.cells.map((cell) => cell.conversion ?? 0)]),
  );
  const channelLabel = t('analytics.matrix.channelTotal');
  const notTargetLabel = t('analytics.matrix.notTarget');

  return (
    <div className="matrix">
      <table className="data-table data-table--stack matrix__table">
        <caption className="visually-hidden">{t('analytics.matrix.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('analytics.matrix.channel')}</th>
            {matrix.assignees.map((person) => (
              <th scope="col" key={person.id} className="data-table__num">
                {person.fullName}
              </th>
            ))}
            <th scope="col" className="data-table__num matrix__total-col">
              {channelLabel}
            </th>
            <th scope="col" className="data-table__num">
              {notTargetLabel}
            </th>
          </tr>
        </thead>
        <tbody>
          {matrix.channels.map((row) => (
            <tr key={row.channel.id}>
              <th scope="row">
                {row.channel.name}
                {row.channel.archived && <span className="matrix__muted"> ({t('team.archived')})</span>}
              </th>
              {matrix.assignees.map((person) => {
                const cell = row.cells.find((c) => c.assignee.id === person.id);
                return (
                  <td
                    key={person.id}
                    data-label={person.fullName}
                    className="data-table__num matrix__cell"
                    style={{ background: heatColour(cell?.conversion, highest) }}
                    data-significance={cell?.significance}
                  >
                    {cell && cell.leads > 0 ? (
                      <Rate conversion={cell.conversion} won={cell.won} leads={cell.leads}>
                        <SignificanceMarker significance={cell.significance} against="colleagues" />
                      </Rate>
                    ) : (
                      <span className="matrix__muted">{t('analytics.matrix.noLeads')}</span>
                    )}
                  </td>
                );
              })}
              <td
                data-label={channelLabel}
                className="data-table__num matrix__cell matrix__total-col"
                style={{ background: heatColour(row.conversion, highest) }}
                data-significance={row.significance}
              >
                <Rate conversion={row.conversion} won={row.won} leads={row.leads}>
                  <SignificanceMarker significance={row.significance} against="channels" />
                  {row.unassigned > 0 && (
                    <span className="matrix__muted matrix__small">
                      {t('analytics.matrix.unassigned', { count: row.unassigned })}
                    </span>
                  )}
                </Rate>
              </td>
              <td data-label={notTargetLabel} className="data-table__num">
                {format.percent(row.notTargetShare)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('analytics.matrix.allChannels')}</th>
            {matrix.assignees.map((person) => (
              <td key={person.id} className="matrix__footer-gap" aria-hidden="true" />
            ))}
            <td data-label={channelLabel} className="data-table__num matrix__total-col">
              <Rate conversion={matrix.conversion} won={matrix.won} leads={matrix.leads} />
            </td>
            <td className="matrix__footer-gap" aria-hidden="true" />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

type RateProps = {
  conversion: number | null | undefined;
  won: number;
  leads: number;
  children?: ReactNode;
};

/** "27 %" over "3/11", with the marker below. */
function Rate({ conversion, won, leads, children }: RateProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <span className="matrix__rate">
      <strong className="matrix__conversion">{format.percent(conversion)}</strong>
      <span className="matrix__won" aria-hidden="true">
        {t('analytics.matrix.wonOfLeads', { won: format.count(won), leads: format.count(leads) })}
      </span>
      <span className="visually-hidden">
        {t('analytics.matrix.wonOfLeadsLabel', { won: format.count(won), leads: format.count(leads) })}
      </span>
      {children}
    </span>
  );
}
