import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { i18n } from '@/lib/i18n';

import { Field, FormAlert } from './form';

describe('Field', () => {
  it('shows an API error at its control: aria-invalid, described by the message', () => {
    render(
      <Field
        name="revenue"
        label="Revenue"
        hint="In roubles"
        problem={{ message: 'revenue must not be negative', classification: 'BAD_REQUEST', field: 'revenue' }}
      >
        {(props) => <input {...props} />}
      </Field>,
    );
    const input = screen.getByLabelText('Revenue');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('name')).toBe('revenue');
    const described = (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(described).toEqual(['Must not be negative', 'In roubles']);
  });

  it('is neither invalid nor described by an error without a problem', () => {
    render(
      <Field name="cost" label="Cost">
        {(props) => <input {...props} />}
      </Field>,
    );
    const input = screen.getByLabelText('Cost');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(input.getAttribute('aria-describedby')).toBeNull();
  });

  it('speaks Russian too', async () => {
    await i18n.changeLanguage('ru');
    render(
      <Field
        name="day"
        label="День"
        problem={{
          message: 'day must not be in the future (today is 2026-11-15)',
          classification: 'BAD_REQUEST',
          field: 'day',
        }}
      >
        {(props) => <input {...props} />}
      </Field>,
    );
    expect(screen.getByText('Не может быть в будущем')).toBeTruthy();
  });

  it('says in Russian that the current password is wrong, and how long the throttle waits', async () => {
    await i18n.changeLanguage('ru');
    render(
      <>
        <Field
          name="currentPassword"
          label="Текущий пароль"
          problem={{
            message: 'The current password is wrong',
            classification: 'BAD_REQUEST',
            field: 'currentPassword',
          }}
        >
          {(props) => <input {...props} />}
        </Field>
        <Field
          name="newPassword"
          label="Новый пароль"
          problem={{
            message: 'Too many failed sign-ins; try again in 14 minutes',
            classification: 'BAD_REQUEST',
            field: 'currentPassword',
          }}
        >
          {(props) => <input {...props} />}
        </Field>
      </>,
    );
    expect(screen.getByText('Неверный текущий пароль')).toBeTruthy();
    expect(screen.getByText('Слишком много неудачных попыток. Попробуйте через 14 мин.')).toBeTruthy();
  });
});

describe('FormAlert', () => {
  it('announces what belongs to no field, once per text', () => {
    render(
      <FormAlert
        problems={[
          { message: 'Only owners add clients', classification: 'FORBIDDEN', code: 'FORBIDDEN' },
          { message: 'Only owners and hunters add clients', classification: 'FORBIDDEN', code: 'FORBIDDEN' },
        ]}
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe('You are not allowed to do this.');
  });
});
