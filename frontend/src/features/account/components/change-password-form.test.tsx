import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { GraphqlProvider } from '@/lib/graphql-provider';
import { i18n } from '@/lib/i18n';
import { mockApi, ok, type Reply } from '@/testing/mock-api';

import { ChangePasswordForm } from './change-password-form';

const refused = (...errors: { message: string; field?: string }[]): Reply => ({
  body: {
    data: null,
    errors: errors.map(({ message, field }) => ({ message, extensions: { classification: 'BAD_REQUEST', field } })),
  },
});

const changed = () => ok({ changePassword: { __typename: 'AuthPayload', expiresAt: '2026-11-16T00:00:00Z' } });

function renderForm() {
  render(
    <GraphqlProvider>
      <ChangePasswordForm email="hunter@demo.tandem" />
    </GraphqlProvider>,
  );
  return userEvent.setup();
}

const errorOf = (input: HTMLElement) =>
  document.getElementById((input.getAttribute('aria-describedby') ?? '').split(' ')[0])?.textContent;

async function fill(user: ReturnType<typeof userEvent.setup>, current: string, next: string, repeat: string) {
  if (current) await user.type(screen.getByLabelText('Current password'), current);
  if (next) await user.type(screen.getByLabelText('New password'), next);
  if (repeat) await user.type(screen.getByLabelText('Repeat the new password'), repeat);
  await user.click(screen.getByRole('button', { name: 'Change password' }));
}

describe('ChangePasswordForm', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('sends nothing when the repeat differs, and says so at the repeat field', async () => {
    const api = mockApi({ ChangePassword: changed });
    const user = renderForm();

    await fill(user, 'tandem-demo-1', 'a-new-password-1', 'a-new-password-2');

    const repeat = screen.getByLabelText('Repeat the new password');
    expect(repeat.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(repeat)).toBe('The passwords do not match');
    expect(screen.getByLabelText('New password').getAttribute('aria-invalid')).toBeNull();
    expect(api.calls).toHaveLength(0);
  });

  it('shows a wrong current password at its field, then a weak new one at its field', async () => {
    let answer: Reply = refused({ message: 'The current password is wrong', field: 'currentPassword' });
    const api = mockApi({ ChangePassword: () => answer });
    const user = renderForm();

    await fill(user, 'not-my-password', 'a-new-password-1', 'a-new-password-1');
    const current = screen.getByLabelText('Current password');
    await waitFor(() => expect(current.getAttribute('aria-invalid')).toBe('true'));
    expect(errorOf(current)).toBe('The current password is wrong');
    expect(api.calls[0].variables).toEqual({ currentPassword: 'not-my-password', newPassword: 'a-new-password-1' });
    // Nothing is cleared on a refusal: the person corrects what is wrong.
    expect((screen.getByLabelText('New password') as HTMLInputElement).value).toBe('a-new-password-1');

    answer = refused({ message: 'newPassword must be at least 12 characters', field: 'newPassword' });
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    const next = screen.getByLabelText('New password');
    await waitFor(() => expect(next.getAttribute('aria-invalid')).toBe('true'));
    expect(errorOf(next)).toBe('Too short: at least 12 characters');
    expect(current.getAttribute('aria-invalid')).toBeNull();
  });

  it('confirms and clears every field once the password is changed', async () => {
    mockApi({ ChangePassword: changed });
    const user = renderForm();

    await fill(user, 'tandem-demo-1', 'a-new-password-1', 'a-new-password-1');

    expect((await screen.findByRole('status')).textContent).toBe(
      'Password changed. You were signed out everywhere else.',
    );
    for (const label of ['Current password', 'New password', 'Repeat the new password']) {
      expect((screen.getByLabelText(label) as HTMLInputElement).value).toBe('');
    }
  });

  it('gives password managers the right hints', () => {
    renderForm();
    expect(screen.getByLabelText('Current password').getAttribute('autocomplete')).toBe('current-password');
    expect(screen.getByLabelText('New password').getAttribute('autocomplete')).toBe('new-password');
    expect(screen.getByLabelText('Repeat the new password').getAttribute('autocomplete')).toBe('new-password');
    const username = document.querySelector('input[autocomplete="username"]') as HTMLInputElement;
    expect(username.value).toBe('hunter@demo.tandem');
    expect(username.hidden).toBe(true);
  });

  it('speaks Russian: the mismatch and the API’s “must differ” in the person’s language', async () => {
    await i18n.changeLanguage('ru');
    mockApi({
      ChangePassword: () =>
        refused({ message: 'newPassword must differ from the current password', field: 'newPassword' }),
    });
    const user = renderForm();

    await user.type(screen.getByLabelText('Новый пароль'), 'tandem-demo-1');
    await user.type(screen.getByLabelText('Новый пароль ещё раз'), 'tandem-demo-2');
    await user.click(screen.getByRole('button', { name: 'Сменить пароль' }));
    expect(screen.getByText('Пароли не совпадают')).toBeTruthy();

    await user.type(screen.getByLabelText('Текущий пароль'), 'tandem-demo-1');
    await user.clear(screen.getByLabelText('Новый пароль ещё раз'));
    await user.type(screen.getByLabelText('Новый пароль ещё раз'), 'tandem-demo-1');
    await user.click(screen.getByRole('button', { name: 'Сменить пароль' }));
    expect(await screen.findByText('Должен отличаться от текущего пароля')).toBeTruthy();
    expect(screen.queryByText('Пароли не совпадают')).toBeNull();
  });
});
