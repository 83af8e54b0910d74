import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { makeFragmentData } from '@/gql/fragment-masking';
import { renderWithCompany } from '@/testing/test-utils';

import { MembersTable, MembersTableMemberFragment } from './members-table';

const noShares = {
  turnoverShare: null,
  marginShare: null,
  shareOfTarget: null,
  attributedTurnoverShare: null,
  attributedMarginShare: null,
  attributedShareOfTarget: null,
  turnover: null,
  grossMargin: null,
  attributedTurnover: null,
  attributedGrossMargin: null,
};

describe('MembersTable', () => {
  it('shows each colleague’s completion and status, marketers’ shares as via leads, "—" for null', () => {
    renderWithCompany(
      <MembersTable
        members={[
          makeFragmentData(
            {
              employee: { id: '1', fullName: 'Anna Petrova', position: 'MARKETER', active: true },
              kpis: [
                { metric: 'LEADS', completion: 0.8, status: 'AT_RISK' },
                { metric: 'COST_PER_LEAD', completion: null, status: 'NO_DATA' },
              ],
              contribution: {
                ...noShares,
                attributedTurnoverShare: 0.625,
                attributedShareOfTarget: 0.5,
                attributedTurnover: '100000.00',
              },
            },
            MembersTableMemberFragment,
          ),
          makeFragmentData(
            {
              employee: { id: '2', fullName: 'Ivan Smirnov', position: 'HUNTER', active: true },
              kpis: [{ metric: 'TURNOVER', completion: 0.333333, status: 'BEHIND' }],
              contribution: {
                ...noShares,
                turnoverShare: 0.625,
                marginShare: 0.481928,
                shareOfTarget: 0.5,
                turnover: '100000.00',
                grossMargin: '40000.00',
              },
            },
            MembersTableMemberFragment,
          ),
        ]}
      />,
    );

    const anna = within(screen.getByRole('row', { name: /Anna Petrova/ }));
    expect(anna.getByText('Marketer')).toBeTruthy();
    expect(anna.getByText('80%')).toBeTruthy();
    expect(anna.getByText('At risk')).toBeTruthy();
    expect(anna.getByText('No data')).toBeTruthy();
    expect(anna.getAllByText('via leads')).toHaveLength(2);
    expect(anna.getAllByText('—')).toHaveLength(2); // cost-per-lead completion, margin share

    const ivan = within(screen.getByRole('row', { name: /Ivan Smirnov/ }));
    expect(ivan.getByText('33%')).toBeTruthy();
    expect(ivan.getByText('Behind')).toBeTruthy();
    expect(ivan.getByText('48.2%')).toBeTruthy();
    expect(ivan.queryByText('via leads')).toBeNull();

    // Contribution in money beside the shares, and the double credit said in words.
    expect(anna.getByText(/100,000\.00/)).toBeTruthy();
    expect(ivan.getByText(/100,000\.00/)).toBeTruthy();
    expect(ivan.getByText(/40,000\.00/)).toBeTruthy();
    expect(screen.getByText(/One deal counts twice on purpose/)).toBeTruthy();
  });
});
