import { screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';

import { GraphqlProvider } from '@/lib/graphql-provider';
import { mockApi, ok } from '@/testing/mock-api';
import { renderWithCompany } from '@/testing/test-utils';

import { GapPanel } from './gap-panel';

const factors = (leads: number, dealsPerLead: number) => ({
  __typename: 'VarianceFactors',
  leads,
  dealsPerLead,
  averageDeal: '1000.00',
  marginPercent: 0.4,
});

const part = (factor: string, responsibility: string, amount: string) => ({
  __typename: 'VariancePart',
  factor,
  responsibility,
  amount,
});

function variance(reading: string, basis: string, elapsedFraction: number) {
  return ok({
    varianceDecomposition: {
      __typename: 'VarianceDecomposition',
      period: '2026-11',
      reading,
      basis,
      elapsedFraction,
      baselineSource: 'PREVIOUS_PERIOD',
      baselinePeriod: '2026-10',
      baseline: factors(5, 0.4),
      actual: factors(8, 0.25),
      turnover: {
        __typename: 'Decomposition',
        baseline: '2000.00',
        actual: '2200.00',
        difference: '200.00',
        parts: [
          part('LEAD_VOLUME', 'MARKETING', '1200.00'),
          part('CONVERSION', 'SALES', '-1200.00'),
          part('DEAL_SIZE', 'SALES', '200.00'),
        ],
      },
      grossMargin: {
        __typename: 'Decomposition',
        baseline: '800.00',
        actual: '880.00',
        difference: '80.00',
        parts: [
          part('LEAD_VOLUME', 'MARKETING', '480.00'),
          part('CONVERSION', 'SALES', '-480.00'),
          part('DEAL_SIZE', 'SALES', '80.00'),
          part('MARGIN_RATE', 'SALES', '0.00'),
        ],
      },
    },
  });
}

function renderGap() {
  return renderWithCompany(
    <MemoryRouter>
      <GraphqlProvider>
        <GapPanel period="2026-11" />
      </GraphqlProvider>
    </MemoryRouter>,
  );
}

describe('GapPanel', () => {
  it('blames no one while it is too early to tell (SPEC §7)', async () => {
    mockApi({ VarianceDecomposition: () => variance('EARLY', 'TO_DATE', 0.1) });
    renderGap();
    expect(await screen.findByText('Too early to tell')).toBeTruthy();
    expect(screen.getByText(/Only 10\s?% of the month has passed/)).toBeTruthy();
    expect(screen.queryByText('Lead volume')).toBeNull();
    expect(screen.queryByText(/marketing/i)).toBeNull();
  });

  it('explains an open month against the plan to date, with deals per lead as the rate', async () => {
    mockApi({ VarianceDecomposition: () => variance('EXPLAINED', 'TO_DATE', 0.5) });
    renderGap();
    expect(await screen.findByText(/Against the plan to date: 50\s?% of the month has passed/)).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'Deals per lead' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: '0.25' })).toBeTruthy();
  });
});
