import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderWithCompany } from '@/testing/test-utils';

import { matrixReadings } from '../lib/readings';

import { ConversionMatrixTable, type Matrix } from './conversion-matrix';
import { MatrixReadings } from './matrix-readings';

const person = (name: string) => ({ id: name, fullName: name });
const cell = (
  name: string,
  leads: number,
  won: number,
  significance: Matrix['channels'][number]['cells'][number]['significance'],
  others: number | null,
) => ({
  assignee: person(name),
  leads,
  won,
  conversion: leads ? won / leads : null,
  othersConversion: others,
  significance,
});

const matrix: Matrix = {
  period: '2026-10',
  leads: 90,
  won: 21,
  conversion: 21 / 90,
  assignees: [person('Ivan Sokolov'), person('Sergey Volkov')],
  channels: [
    {
      channel: { id: 'smm', name: 'SMM', archived: false },
      leads: 20,
      won: 2,
      conversion: 0.1,
      notTargetShare: 0.55,
      unassigned: 0,
      otherChannelsConversion: 19 / 70,
      significance: 'BELOW',
      cells: [
        cell('Ivan Sokolov', 10, 1, 'NOT_SIGNIFICANT', 0.1),
        cell('Sergey Volkov', 10, 1, 'NOT_SIGNIFICANT', 0.1),
      ],
    },
    {
      channel: { id: 'direct', name: 'Yandex Direct', archived: false },
      leads: 70,
      won: 19,
      conversion: 19 / 70,
      notTargetShare: null,
      unassigned: 2,
      otherChannelsConversion: 0.1,
      significance: 'NOT_SIGNIFICANT',
      cells: [cell('Ivan Sokolov', 34, 4, 'BELOW', 15 / 34), cell('Sergey Volkov', 34, 15, 'ABOVE', 4 / 34)],
    },
  ],
};

describe('conversion matrix', () => {
  it('writes the owner’s readings: lead quality for SMM, sales for Ivan on Direct', () => {
    renderWithCompany(<MatrixReadings readings={matrixReadings(matrix)} />);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      '!SMM leads convert poorly for everyone (10% against 27.1% on other channels) → lead quality (marketing)',
      '!Ivan Sokolov converts Yandex Direct leads at 11.8% against 44.1% for colleagues → sales',
    ]);
  });

  it('shows each cell’s conversion and won/leads, and marks significance in words, not colour only', () => {
    renderWithCompany(<ConversionMatrixTable matrix={matrix} />);
    const direct = within(screen.getByRole('row', { name: /Yandex Direct/ }));
    expect(direct.getByText('11.8%')).toBeTruthy();
    expect(direct.getByText('4/34')).toBeTruthy();
    expect(direct.getByText('below colleagues')).toBeTruthy();
    expect(direct.getByText('above colleagues')).toBeTruthy();
    expect(direct.getByText('unassigned: 2')).toBeTruthy();
    expect(direct.getByText('—')).toBeTruthy(); // no closed lead: NOT_TARGET share undefined
    const smm = within(screen.getByRole('row', { name: /SMM/ }));
    expect(smm.getByText('below other channels')).toBeTruthy();
    expect(smm.getByText('55%')).toBeTruthy();
  });
});
