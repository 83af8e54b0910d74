import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { makeFragmentData } from '@/gql/fragment-masking';
import { renderWithCompany } from '@/testing/test-utils';

import { HandoffLedger, HandoffLedgerHandoffFragment } from './handoff-ledger';

const pair = (marketer: string, salesperson: string, fields: Record<string, unknown>) =>
  makeFragmentData(
    {
      marketer: { id: marketer, fullName: marketer },
      salesperson: { id: salesperson, fullName: salesperson },
      leads: 0,
      won: 0,
      lostNotTarget: 0,
      contested: 0,
      overturned: 0,
      medianHoursToAssign: null,
      medianHoursToClose: null,
      ...fields,
    },
    HandoffLedgerHandoffFragment,
  );

describe('HandoffLedger', () => {
  it('shows one row per marketer × salesperson pair with counts, medians in hours, and "—" for none', () => {
    renderWithCompany(
      <HandoffLedger
        handoffs={[
          pair('Anna Petrova', 'Ivan Smirnov', {
            leads: 3,
            won: 1,
            lostNotTarget: 2,
            contested: 1,
            overturned: 1,
            medianHoursToAssign: 4,
            medianHoursToClose: 7,
          }),
          pair('Anna Petrova', 'Sergey Orlov', { leads: 2, medianHoursToAssign: 6.5 }),
        ]}
      />,
    );

    expect(screen.getByRole('table', { name: /Hand-overs of this month’s leads/ })).toBeTruthy();
    const headers = screen.getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers).toEqual([
      'Marketer → salesperson',
      'Leads handed',
      'Converted',
      'Not target',
      'Contested',
      'Overturned',
      'Median time to hand over',
      'Median time to close',
    ]);

    const ivan = within(screen.getByRole('row', { name: /Anna Petrova → Ivan Smirnov/ }));
    expect(ivan.getAllByRole('cell').map((td) => td.textContent)).toEqual(['3', '1', '2', '1', '1', '4 h', '7 h']);

    const sergey = within(screen.getByRole('row', { name: /Anna Petrova → Sergey Orlov/ }));
    expect(sergey.getAllByRole('cell').map((td) => td.textContent)).toEqual(['2', '0', '0', '0', '0', '6.5 h', '—']);
    // Every cell carries its column's name for the stacked phone layout.
    expect(sergey.getAllByRole('cell')[1].getAttribute('data-label')).toBe('Converted');
  });
});
