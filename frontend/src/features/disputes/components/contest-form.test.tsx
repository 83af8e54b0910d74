import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { GraphqlProvider } from '@/lib/graphql-provider';
import { mockApi, ok } from '@/testing/mock-api';
import { renderWithCompany } from '@/testing/test-utils';

import { ContestForm } from './contest-form';

const dispute = {
  __typename: 'Dispute',
  id: '9',
  status: 'OPEN',
  verdict: null,
  comment: 'They asked for a quote twice',
  resolution: null,
  openedAt: '2026-11-10T09:00:00Z',
  resolvedAt: null,
  openedBy: { __typename: 'Employee', id: '2', fullName: 'Anna Petrova' },
  resolvedBy: null,
  lead: {
    __typename: 'Lead',
    id: '41',
    version: 4,
    createdAt: '2026-11-05T08:00:00Z',
    status: 'LOST',
    lostReason: 'NOT_TARGET',
    channel: { __typename: 'Channel', id: '1', name: 'Yandex Direct' },
    dispute: { __typename: 'Dispute', id: '9', status: 'OPEN', verdict: null },
  },
};

function renderForm(onDone = vi.fn()) {
  renderWithCompany(
    <GraphqlProvider>
      <ContestForm leadId="41" channel="Yandex Direct" date="Nov 5, 2026" onDone={onDone} />
    </GraphqlProvider>,
  );
  return onDone;
}

const errorOf = (control: HTMLElement) =>
  (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id))
    .find((element) => element?.className === 'field__error')?.textContent;

describe('ContestForm', () => {
  it('asks for a comment of 3 to 1000 characters before sending anything', async () => {
    const api = mockApi({ ContestLostReason: () => ok({ contestLostReason: dispute }) });
    const user = userEvent.setup();
    const onDone = renderForm();

    const comment = screen.getByLabelText('Why it was a fair lead');
    const send = screen.getByRole('button', { name: 'Send to the owner' });
    await user.click(send);
    expect(comment.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(comment)).toBe('Required');

    await user.type(comment, '  ok  ');
    await user.click(send);
    expect(errorOf(comment)).toBe('Too short: at least 3 characters');
    expect(comment.getAttribute('maxlength')).toBe('1000');
    expect(api.calls).toHaveLength(0);

    await user.clear(comment);
    await user.type(comment, ' They asked for a quote twice ');
    await user.click(send);
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(api.calls.map((call) => call.operationName)).toEqual(['ContestLostReason']);
    expect(api.calls[0].variables.input).toEqual({ leadId: '41', comment: 'They asked for a quote twice' });
  });

  it('shows the API’s refusal at the comment, and what belongs to no field in the alert', async () => {
    mockApi({
      ContestLostReason: () => ({
        body: {
          data: null,
          errors: [
            {
              message: 'comment must be at most 1000 characters',
              extensions: { classification: 'BAD_REQUEST', field: 'comment' },
            },
            {
              message: 'This lead has an open dispute already',
              extensions: { classification: 'CONFLICT', code: 'CONFLICT', field: 'leadId' },
            },
          ],
        },
      }),
    });
    const user = userEvent.setup();
    const onDone = renderForm();

    const comment = screen.getByLabelText('Why it was a fair lead');
    await user.type(comment, 'A fair lead');
    await user.click(screen.getByRole('button', { name: 'Send to the owner' }));

    await waitFor(() => expect(errorOf(comment)).toBe('At most 1000 characters'));
    // Translated by its code, not shown in the API's words.
    expect(screen.getByRole('alert').textContent).toContain('This clashes with what is already there');
    expect(screen.getByRole('alert').textContent).not.toContain('open dispute');
    expect(onDone).not.toHaveBeenCalled();
  });
});
