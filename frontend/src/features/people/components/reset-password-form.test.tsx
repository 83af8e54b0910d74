import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { GraphqlProvider } from '@/lib/graphql-provider';
import { mockApi, ok } from '@/testing/mock-api';

import { EditEmployeeForm } from './edit-employee-form';

const dmitry = {
  id: '2',
  fullName: 'Dmitry Orlov',
  role: 'EMPLOYEE',
  position: 'MARKETER',
  active: true,
  version: 0,
} as const;

function renderEdit(
  isSelf = false,
  person: typeof dmitry | (Omit<typeof dmitry, 'active'> & { active: boolean }) = dmitry,
) {
  render(
    <GraphqlProvider>
      <EditEmployeeForm person={person} isSelf={isSelf} onDone={() => {}} />
    </GraphqlProvider>,
  );
  return userEvent.setup();
}

describe('Setting a new password for a colleague', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shows a weak password at its field, then confirms and clears it', async () => {
    let weak = true;
    const api = mockApi({
      ResetPassword: (variables) =>
        weak
          ? {
              body: {
                data: null,
                errors: [
                  {
                    message: 'newPassword must be at least 12 characters',
                    extensions: { classification: 'BAD_REQUEST', field: 'newPassword' },
                  },
                ],
              },
            }
          : ok({ resetPassword: { __typename: 'Employee', id: variables.employeeId, version: 1 } }),
    });
    const user = renderEdit();
    const section = screen.getByRole('region', { name: 'Set a new password' });
    const input = screen.getByLabelText('New password');
    expect(section.contains(input)).toBe(true);
    expect(input.getAttribute('autocomplete')).toBe('new-password');

    await user.type(input, 'short');
    await user.click(screen.getByRole('button', { name: 'Set new password' }));
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Too short: at least 12 characters', { selector: '.field__error' })).toBeTruthy();
    expect(api.calls[0].variables).toEqual({ employeeId: '2', newPassword: 'short' });

    weak = false;
    await user.clear(input);
    await user.type(input, 'a-fresh-password-1');
    await user.click(screen.getByRole('button', { name: 'Set new password' }));
    expect(await screen.findByText('New password set; Dmitry Orlov was signed out everywhere')).toBeTruthy();
    expect((input as HTMLInputElement).value).toBe('');
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('is not offered to the owner for themself (they use the Account page)', () => {
    renderEdit(true);
    expect(screen.queryByRole('region', { name: 'Set a new password' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeTruthy();
  });

  it('is not offered for a deactivated person (they cannot sign in anyway)', () => {
    renderEdit(false, { ...dmitry, active: false });
    expect(screen.queryByRole('region', { name: 'Set a new password' })).toBeNull();
  });
});
