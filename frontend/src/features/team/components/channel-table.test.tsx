import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { makeFragmentData } from '@/gql/fragment-masking';
import { renderWithCompany } from '@/testing/test-utils';

import { ChannelTable, ChannelTableChannelFragment } from './channel-table';

const row = (name: string, fields: Record<string, unknown>) =>
  makeFragmentData(
    {
      channel: { id: name, name, archived: false },
      spend: '0.00',
      leads: 0,
      costPerLead: null,
      notTargetShare: null,
      contestedNotTarget: 0,
      conversion: null,
      attributedTurnover: '0.00',
      romi: null,
      ...fields,
    },
    ChannelTableChannelFragment,
  );

describe('ChannelTable', () => {
  it('shows ROMI as a percentage, "organic" for leads without spend, and "—" for undefined ratios', () => {
    renderWithCompany(
      <ChannelTable
        channels={[
          row('Yandex Direct', {
            spend: '4500.50',
            leads: 4,
            costPerLead: '1125.13',
            notTargetShare: 0.333333,
            conversion: 0.5,
            attributedTurnover: '100000.00',
            romi: 7.887901,
          }),
          row('Referrals', { leads: 3, costPerLead: '0.00', conversion: 0.333333, attributedTurnover: '5000.00' }),
          row('SMM', { spend: '1000.00', romi: -1 }),
          row('Exhibitions', {}),
        ]}
      />,
    );

    const direct = within(screen.getByRole('row', { name: /Yandex Direct/ }));
    expect(direct.getByText('₽4,500.50')).toBeTruthy();
    expect(direct.getByText('33.3%')).toBeTruthy();
    expect(direct.getByText('789%')).toBeTruthy();

    const referrals = within(screen.getByRole('row', { name: /Referrals/ }));
    expect(referrals.getByText('organic')).toBeTruthy();

    const smm = within(screen.getByRole('row', { name: /SMM/ }));
    expect(smm.getByText('-100%')).toBeTruthy();
    expect(smm.getAllByText('—')).toHaveLength(3); // CPL, NOT_TARGET share, conversion

    // Nothing spent and no leads: not "organic", just nothing.
    const idle = within(screen.getByRole('row', { name: /Exhibitions/ }));
    expect(idle.queryByText('organic')).toBeNull();
    expect(idle.getAllByText('—')).toHaveLength(4);
  });

  it('shows marks under an open dispute beside the not-target share, with why they do not count yet', () => {
    renderWithCompany(
      <ChannelTable
        channels={[
          row('Yandex Direct', { leads: 4, notTargetShare: 0.25, contestedNotTarget: 1 }),
          row('Referrals', { leads: 2, notTargetShare: 0.5 }),
        ]}
      />,
    );

    const direct = within(screen.getByRole('row', { name: /Yandex Direct/ }));
    expect(direct.getByText(/25%/).textContent).toBe('25% · 1 contested');
    const hintId = direct.getByText(/1 contested/).getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(hintId)?.textContent).toMatch(/do not count .* until an owner rules/);
    const referrals = within(screen.getByRole('row', { name: /Referrals/ }));
    expect(referrals.getByText('50%')).toBeTruthy();
    expect(referrals.queryByText(/contested/)).toBeNull();
  });
});
