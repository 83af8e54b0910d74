import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { GraphqlProvider } from '@/lib/graphql-provider';
import { mockApi, ok } from '@/testing/mock-api';
import { renderWithCompany } from '@/testing/test-utils';

import { RecordsPersonContext } from '../hooks/use-records-person';

import { RecordDealForm } from './record-deal-form';

const hunter = {
  id: '3',
  fullName: 'Ivan Smirnov',
  email: 'hunter@demo.tandem',
  role: 'EMPLOYEE',
  position: 'HUNTER',
} as const;

const options = {
  RecordsOptions: () =>
    ok({
      employees: [{ __typename: 'Employee', ...hunter, active: true }],
      channels: { __typename: 'ChannelConnection', edges: [] },
    }),
  RecordsClientOptions: () =>
    ok({
      clients: {
        __typename: 'ClientConnection',
        edges: [{ __typename: 'ClientEdge', node: { __typename: 'Client', id: '7', name: 'Volga Paper Mill' } }],
      },
    }),
  RecordsOpenLeads: () => ok({ leads: { __typename: 'LeadConnection', edges: [] } }),
};

function renderForm() {
  return renderWithCompany(
    <GraphqlProvider>
      <RecordsPersonContext value={hunter}>
        <RecordDealForm picksPerson={false} />
      </RecordsPersonContext>
    </GraphqlProvider>,
  );
}

describe('RecordDealForm', () => {
  it('shows the API’s field errors at their fields and the rest in the form alert', async () => {
    const api = mockApi({
      ...options,
      RecordDeal: () => ({
        body: {
          data: null,
          errors: [
            {
              message: 'revenue must not be negative',
              extensions: { classification: 'BAD_REQUEST', field: 'revenue' },
            },
            { message: 'clientId is required', extensions: { classification: 'BAD_REQUEST', field: 'clientId' } },
            {
              message: 'A salesperson records only their own deals',
              extensions: { classification: 'FORBIDDEN', field: 'salespersonId' },
            },
          ],
        },
      }),
    });
    const user = userEvent.setup();
    renderForm();

    await user.type(screen.getByLabelText('Revenue'), '-5');
    await user.type(screen.getByLabelText('Cost'), '1 000,50');
    await user.click(screen.getByRole('button', { name: 'Record deal' }));

    const revenue = screen.getByLabelText('Revenue');
    await waitFor(() => expect(revenue.getAttribute('aria-invalid')).toBe('true'));
    const errorId = revenue.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(errorId)?.textContent).toBe('Must not be negative');
    expect(screen.getByLabelText('Client').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Cost').getAttribute('aria-invalid')).toBeNull();
    // The person records their own deals, so the salesperson has no field here: the alert says it.
    expect(screen.getByRole('alert').textContent).toContain('You record only your own records here');

    const sent = api.calls.find((call) => call.operationName === 'RecordDeal')?.variables.input as Record<
      string,
      unknown
    >;
    expect(sent).toMatchObject({
      salespersonId: '3',
      revenue: '-5',
      cost: '1000.50',
      closedOn: '2026-11-15',
      clientId: null,
    });
  });

  it('says so and clears the amounts when the deal is recorded', async () => {
    mockApi({
      ...options,
      RecordDeal: (variables) =>
        ok({
          recordDeal: {
            __typename: 'Deal',
            id: '99',
            closedOn: '2026-11-15',
            revenue: (variables.input as { revenue: string }).revenue,
            client: { __typename: 'Client', id: '7' },
            lead: null,
            salesperson: { __typename: 'Employee', id: '3' },
          },
        }),
    });
    const user = userEvent.setup();
    renderForm();

    await waitFor(() => expect(screen.getByRole('option', { name: 'Volga Paper Mill' })).toBeTruthy());
    await user.selectOptions(screen.getByLabelText('Client'), '7');
    await user.type(screen.getByLabelText('Revenue'), '120000');
    await user.type(screen.getByLabelText('Cost'), '80000');
    await user.click(screen.getByRole('button', { name: 'Record deal' }));

    await screen.findByText(/Deal recorded/);
    expect((screen.getByLabelText('Revenue') as HTMLInputElement).value).toBe('');
    expect(screen.getByLabelText('Revenue').getAttribute('aria-invalid')).toBeNull();
  });
});
