import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { GraphqlProvider } from '@/lib/graphql-provider';
import { mockApi, ok } from '@/testing/mock-api';
import { renderWithCompany } from '@/testing/test-utils';

import { ClientPicker } from './client-picker';
import { EditDealForm } from './edit-deal-form';
import { RecordHistory } from './record-history';
import { VoidRecordForm } from './void-record-form';

const clients = (...names: [string, string][]) =>
  ok({
    clients: {
      __typename: 'ClientConnection',
      edges: names.map(([id, name]) => ({ __typename: 'ClientEdge', node: { __typename: 'Client', id, name } })),
    },
  });

const deal = {
  id: '41',
  version: 3,
  closedOn: '2026-11-05',
  revenue: '120000.00',
  cost: '80000.00',
  client: { id: '7', name: 'Volga Paper Mill' },
};

const dealReply = (input: Record<string, unknown>) =>
  ok({
    updateDeal: {
      __typename: 'Deal',
      id: '41',
      version: 4,
      voided: false,
      closedOn: '2026-11-05',
      revenue: input.revenue ?? deal.revenue,
      cost: deal.cost,
      grossMargin: '0.00',
      client: { __typename: 'Client', id: '7', name: 'Volga Paper Mill' },
    },
  });

function renderEdit(onReload = vi.fn()) {
  renderWithCompany(
    <GraphqlProvider>
      <EditDealForm
        deal={deal}
        label="the deal of Nov 5, 2026 with Volga Paper Mill"
        onCancel={() => {}}
        onReload={onReload}
      />
    </GraphqlProvider>,
  );
  return onReload;
}

describe('EditDealForm', () => {
  it('is prefilled and sends only the changed field with the version it showed', async () => {
    const api = mockApi({
      RecordsClientOptions: () => clients(['7', 'Volga Paper Mill']),
      UpdateDeal: (variables) => dealReply(variables.input as Record<string, unknown>),
    });
    const user = userEvent.setup();
    renderEdit();

    const revenue = screen.getByLabelText('Revenue') as HTMLInputElement;
    expect(revenue.value).toBe('120000.00');
    expect((screen.getByLabelText('Cost') as HTMLInputElement).value).toBe('80000.00');
    expect((screen.getByLabelText('Closed on') as HTMLInputElement).value).toBe('2026-11-05');
    expect((screen.getByLabelText('Client') as HTMLSelectElement).value).toBe('7');

    await user.clear(revenue);
    await user.type(revenue, '125 000,50');
    // The same cost written differently is no change.
    await user.clear(screen.getByLabelText('Cost'));
    await user.type(screen.getByLabelText('Cost'), '80000');
    await user.click(screen.getByRole('button', { name: 'Save correction' }));

    await screen.findByText(/Corrected/);
    const sent = api.calls.find((call) => call.operationName === 'UpdateDeal')?.variables.input;
    expect(sent).toEqual({ id: '41', expectedVersion: 3, revenue: '125000.50' });
  });

  it('sends nothing when nothing changed', async () => {
    const api = mockApi({ RecordsClientOptions: () => clients(['7', 'Volga Paper Mill']) });
    const user = userEvent.setup();
    renderEdit();
    await user.click(screen.getByRole('button', { name: 'Save correction' }));
    await screen.findByText('Nothing changed yet');
    expect(api.calls.some((call) => call.operationName === 'UpdateDeal')).toBe(false);
  });

  it('puts field errors at their fields and offers a reload on CONFLICT', async () => {
    let answer = 'field';
    mockApi({
      RecordsClientOptions: () => clients(['7', 'Volga Paper Mill']),
      UpdateDeal: () => ({
        body: {
          data: null,
          errors: [
            answer === 'field'
              ? {
                  message: 'revenue must not be negative',
                  extensions: { classification: 'BAD_REQUEST', field: 'revenue' },
                }
              : {
                  message: 'The deal changed meanwhile',
                  extensions: { classification: 'CONFLICT', code: 'VERSION_MISMATCH', field: 'expectedVersion' },
                },
          ],
        },
      }),
    });
    const user = userEvent.setup();
    const onReload = renderEdit();

    const revenue = screen.getByLabelText('Revenue');
    await user.clear(revenue);
    await user.type(revenue, '-1');
    await user.click(screen.getByRole('button', { name: 'Save correction' }));
    await waitFor(() => expect(revenue.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(revenue.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Must not be negative',
    );

    answer = 'conflict';
    await user.clear(revenue);
    await user.type(revenue, '130000');
    await user.click(screen.getByRole('button', { name: 'Save correction' }));
    await screen.findByText(/Someone else changed this meanwhile/);
    await user.click(screen.getByRole('button', { name: 'Reload the list' }));
    expect(onReload).toHaveBeenCalledOnce();
  });
});

describe('VoidRecordForm', () => {
  it('requires a reason of at least 3 characters, then asks to confirm and voids with it', async () => {
    const api = mockApi({
      VoidDeal: () => ok({ voidDeal: { __typename: 'Deal', id: '41', version: 4, voided: true } }),
    });
    const onVoided = vi.fn();
    const user = userEvent.setup();
    renderWithCompany(
      <GraphqlProvider>
        <VoidRecordForm
          kind="DEAL"
          record={deal}
          label="the deal of Nov 5, 2026"
          onCancel={() => {}}
          onVoided={onVoided}
        />
      </GraphqlProvider>,
    );

    const reason = screen.getByLabelText('Reason (3–500 characters)');
    await user.click(screen.getByRole('button', { name: 'Void…' }));
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(reason.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Required');

    await user.type(reason, 'no');
    await user.click(screen.getByRole('button', { name: 'Void…' }));
    expect(document.getElementById(reason.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(/at least 3/);
    expect(screen.queryByRole('button', { name: 'Yes, void it' })).toBeNull();

    await user.type(reason, 't ours: a test entry');
    await user.click(screen.getByRole('button', { name: 'Void…' }));
    expect(screen.getByText(/Take the deal of Nov 5, 2026 out of every figure/)).toBeTruthy();
    expect(api.calls).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Yes, void it' }));

    await waitFor(() => expect(onVoided).toHaveBeenCalledOnce());
    expect(api.calls[0].variables.input).toEqual({ id: '41', reason: 'not ours: a test entry', expectedVersion: 3 });
  });
});

describe('RecordHistory', () => {
  it('says who did what when, with money, days, names and reasons in words', async () => {
    mockApi({
      HistoryNames: () =>
        ok({
          clients: {
            __typename: 'ClientConnection',
            edges: [
              { __typename: 'ClientEdge', node: { __typename: 'Client', id: '7', name: 'Volga Paper Mill' } },
              { __typename: 'ClientEdge', node: { __typename: 'Client', id: '9', name: 'Kama Steel' } },
            ],
          },
          employees: [{ __typename: 'Employee', id: '3', fullName: 'Ivan Smirnov' }],
          channels: { __typename: 'ChannelConnection', edges: [] },
        }),
      RecordHistory: () =>
        ok({
          recordHistory: [
            {
              __typename: 'RecordChange',
              at: '2026-11-05T09:30:00Z',
              action: 'CREATED',
              reason: null,
              by: { __typename: 'Employee', id: '3', fullName: 'Ivan Smirnov' },
              changes: [
                { __typename: 'RecordFieldChange', field: 'revenue', from: null, to: '120000.00' },
                { __typename: 'RecordFieldChange', field: 'clientId', from: null, to: '7' },
              ],
            },
            {
              __typename: 'RecordChange',
              at: '2026-11-06T10:00:00Z',
              action: 'UPDATED',
              reason: null,
              by: { __typename: 'Employee', id: '3', fullName: 'Ivan Smirnov' },
              changes: [
                { __typename: 'RecordFieldChange', field: 'revenue', from: '120000.00', to: '125000.50' },
                { __typename: 'RecordFieldChange', field: 'closedOn', from: '2026-11-05', to: '2026-11-04' },
                { __typename: 'RecordFieldChange', field: 'clientId', from: '7', to: '9' },
              ],
            },
            {
              __typename: 'RecordChange',
              at: '2026-11-07T10:00:00Z',
              action: 'VOIDED',
              reason: 'Recorded twice',
              by: { __typename: 'Employee', id: '3', fullName: 'Ivan Smirnov' },
              changes: [],
            },
          ],
        }),
    });
    renderWithCompany(
      <GraphqlProvider>
        <RecordHistory kind="DEAL" id="41" label="the deal of Nov 5, 2026" onClose={() => {}} />
      </GraphqlProvider>,
    );

    await screen.findByText('Recorded twice');
    const history = () => document.querySelector('ol.history')?.textContent ?? '';
    await waitFor(() => expect(history()).toContain('Client: Volga Paper Mill → Kama Steel'));
    const text = history();
    expect(document.querySelectorAll('ol.history > li')).toHaveLength(3);
    expect(text).toContain('Recorded');
    expect(text).toContain('Corrected');
    expect(text).toContain('Voided');
    expect(text).toContain('Recorded twice');
    expect(text).toContain('Ivan Smirnov');
    expect(text).toMatch(/Revenue: RUB\s?120,000\.00|Revenue: ₽120,000\.00/);
    expect(text).toMatch(/Revenue: (RUB\s?|₽)120,000\.00 → (RUB\s?|₽)125,000\.50/);
    expect(text).toContain('Closed on: Nov 5, 2026 → Nov 4, 2026');
    expect(text).not.toMatch(/CREATED|UPDATED|VOIDED|clientId|closedOn/);
  });
});

describe('ClientPicker', () => {
  it('asks the API for the clients matching what is typed, once typing pauses', async () => {
    const api = mockApi({
      RecordsClientOptions: (variables) =>
        variables.search === 'kama' ? clients(['9', 'Kama Steel']) : clients(['7', 'Volga Paper Mill']),
    });
    const onChange = vi.fn();
    const user = userEvent.setup();
    renderWithCompany(
      <GraphqlProvider>
        <ClientPicker value="" onChange={onChange} />
      </GraphqlProvider>,
    );

    await screen.findByRole('option', { name: 'Volga Paper Mill' });
    await user.type(screen.getByLabelText('Search by name'), 'kama');
    await screen.findByRole('option', { name: 'Kama Steel' });
    expect(screen.queryByRole('option', { name: 'Volga Paper Mill' })).toBeNull();
    const searches = api.calls
      .filter((call) => call.operationName === 'RecordsClientOptions')
      .map((call) => call.variables.search);
    // Debounced: not one request per key.
    expect(searches).toEqual([null, 'kama']);

    await user.selectOptions(screen.getByLabelText('Client'), '9');
    expect(onChange).toHaveBeenCalledWith('9');
  });
});
