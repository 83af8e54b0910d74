import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { GraphqlProvider } from '@/lib/graphql-provider';
import { mockApi, ok } from '@/testing/mock-api';
import { renderWithCompany } from '@/testing/test-utils';

import { DisputesView } from './disputes-view';

const owner = { id: '1', role: 'OWNER', position: null } as const;
const marketer = { id: '2', role: 'EMPLOYEE', position: 'MARKETER' } as const;

const employee = (id: string, fullName: string) => ({ __typename: 'Employee', id, fullName });
const channel = { __typename: 'Channel', id: '1', name: 'Yandex Direct' };

function dispute(resolved: boolean) {
  return {
    __typename: 'Dispute',
    id: '9',
    status: resolved ? 'RESOLVED' : 'OPEN',
    verdict: resolved ? 'OVERTURNED' : null,
    comment: 'They asked for a quote twice',
    resolution: resolved ? 'A fair lead: they had the budget' : null,
    openedAt: '2026-11-10T09:00:00Z',
    resolvedAt: resolved ? '2026-11-12T10:00:00Z' : null,
    openedBy: employee('2', 'Anna Petrova'),
    resolvedBy: resolved ? employee('1', 'Olga Owner') : null,
    lead: {
      __typename: 'Lead',
      id: '41',
      version: resolved ? 5 : 4,
      createdAt: '2026-11-05T08:00:00Z',
      status: 'LOST',
      lostReason: resolved ? 'OTHER' : 'NOT_TARGET',
      channel,
      dispute: {
        __typename: 'Dispute',
        id: '9',
        status: resolved ? 'RESOLVED' : 'OPEN',
        verdict: resolved ? 'OVERTURNED' : null,
      },
    },
  };
}

const page = (nodes: unknown[]) => ({
  disputes: {
    __typename: 'DisputeConnection',
    edges: nodes.map((node, index) => ({ __typename: 'DisputeEdge', cursor: String(index), node })),
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: nodes.length ? String(nodes.length - 1) : null },
    totalCount: nodes.length,
  },
});

const errorOf = (control: HTMLElement) =>
  (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id))
    .find((element) => element?.className === 'field__error')?.textContent;

describe('DisputesView', () => {
  it('lets an owner overturn an open dispute with a comment, then refetches the list', async () => {
    let ruled = false;
    const api = mockApi({
      Disputes: (variables) => {
        if (variables.status === 'OPEN') return ok(page(ruled ? [] : [dispute(false)]));
        return ok(page([dispute(ruled)]));
      },
      ResolveDispute: () => {
        ruled = true;
        return ok({ resolveDispute: dispute(true) });
      },
    });
    const user = userEvent.setup();
    renderWithCompany(
      <GraphqlProvider>
        <DisputesView me={owner} period="2026-11" />
      </GraphqlProvider>,
    );

    // An owner is not a marketer here: no "Leads marked not target" section.
    expect(screen.queryByRole('heading', { name: 'Leads marked not target' })).toBeNull();
    const item = await screen.findByRole('listitem');
    expect(within(item).getByRole('heading', { name: /Lead from Yandex Direct/ })).toBeTruthy();
    expect(within(item).getByText('They asked for a quote twice')).toBeTruthy();
    expect(within(item).getByText('Waiting for a ruling')).toBeTruthy();
    expect(within(item).getByText(/Anna Petrova contested it on/)).toBeTruthy();

    await user.click(within(item).getByRole('button', { name: 'Overturn' }));
    const form = screen.getByRole('form', { name: /Rule on the dispute about the lead from Yandex Direct/ });
    const comment = within(form).getByLabelText('Your comment on the ruling');
    const confirm = within(form).getByRole('button', { name: 'Overturn the mark' });
    await user.click(confirm);
    expect(errorOf(comment)).toBe('Required');
    await user.type(comment, 'no');
    await user.click(confirm);
    expect(errorOf(comment)).toBe('Too short: at least 3 characters');
    expect(api.calls.some((call) => call.operationName === 'ResolveDispute')).toBe(false);

    await user.clear(comment);
    await user.type(comment, 'A fair lead: they had the budget');
    await user.click(confirm);

    await screen.findByText('No open disputes.');
    const sent = api.calls.find((call) => call.operationName === 'ResolveDispute')?.variables.input;
    expect(sent).toEqual({ disputeId: '9', verdict: 'OVERTURNED', comment: 'A fair lead: they had the budget' });
    expect(api.calls.filter((call) => call.operationName === 'Disputes').length).toBeGreaterThanOrEqual(2);

    // The resolved filter shows the verdict and the owner's comment, in words.
    await user.click(screen.getByRole('button', { name: 'Resolved' }));
    const resolved = await screen.findByRole('listitem');
    expect(within(resolved).getByText('Overturned: a fair lead, lost in sales')).toBeTruthy();
    expect(within(resolved).getByText('A fair lead: they had the budget')).toBeTruthy();
    expect(within(resolved).getByText(/Olga Owner ruled on/)).toBeTruthy();
    expect(within(resolved).queryByRole('button', { name: 'Overturn' })).toBeNull();
  });

  it('shows a marketer the path of each lead marked not target, Contest where undisputed, the state where disputed', async () => {
    const lead = (id: string, disputeState: unknown) => ({
      __typename: 'Lead',
      id,
      externalId: null,
      createdAt: '2026-11-05T08:00:00Z',
      assignedAt: '2026-11-05T10:00:00Z',
      closedAt: '2026-11-06T12:00:00Z',
      status: 'LOST',
      lostReason: 'NOT_TARGET',
      channel,
      marketer: employee('2', 'Anna Petrova'),
      assignee: employee('3', 'Ivan Smirnov'),
      dispute: disputeState,
    });
    const api = mockApi({
      NotTargetLeads: () =>
        ok({
          leads: {
            __typename: 'LeadConnection',
            edges: [
              { __typename: 'LeadEdge', node: lead('41', null) },
              {
                __typename: 'LeadEdge',
                node: lead('42', { __typename: 'Dispute', id: '9', status: 'RESOLVED', verdict: 'UPHELD' }),
              },
            ],
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          },
        }),
      Disputes: () => ok(page([])),
    });
    renderWithCompany(
      <GraphqlProvider>
        <DisputesView me={marketer} period="2026-11" />
      </GraphqlProvider>,
    );

    const list = await screen.findByRole('list', { name: 'Your leads marked not target' });
    await waitFor(() => expect(within(list).getAllByRole('heading')).toHaveLength(2));
    const [first, second] = within(list)
      .getAllByRole('heading')
      .map((h) => h.closest('li') as HTMLElement);
    const path = within(first).getByRole('list', { name: 'Path of the lead' });
    expect(
      within(path)
        .getAllByRole('listitem')
        .map((li) => li.firstChild?.textContent),
    ).toEqual(['Created by Anna Petrova via Yandex Direct', 'Handed to Ivan Smirnov', 'Lost: Not target (bad lead)']);
    expect(within(first).getByRole('button', { name: 'Contest' })).toBeTruthy();
    expect(within(second).queryByRole('button', { name: 'Contest' })).toBeNull();
    expect(within(second).getByText('Upheld: stays not target')).toBeTruthy();
    expect(api.calls.find((call) => call.operationName === 'NotTargetLeads')?.variables).toMatchObject({
      period: '2026-11',
    });
  });
});
