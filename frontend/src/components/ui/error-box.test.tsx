import { CombinedError } from '@urql/core';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';

import { i18n } from '@/lib/i18n';

import { ErrorBox } from './error-box';

function apiError(classification: string): CombinedError {
  return new CombinedError({
    graphQLErrors: [
      { message: 'The database is not reachable right now; try again in a moment', extensions: { classification } },
    ],
  });
}

describe('ErrorBox', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('tells the person the database is out of reach, not that something broke, on UNAVAILABLE', async () => {
    await i18n.changeLanguage('en');
    render(<ErrorBox error={apiError('UNAVAILABLE')} />);
    expect(screen.getByRole('alert').textContent).toContain('cannot reach its database right now');
  });

  it('says it in Russian too', async () => {
    await i18n.changeLanguage('ru');
    render(<ErrorBox error={apiError('UNAVAILABLE')} />);
    expect(screen.getByRole('alert').textContent).toContain('не может связаться с базой данных');
  });

  it('keeps the generic message for an internal error', async () => {
    await i18n.changeLanguage('en');
    render(<ErrorBox error={apiError('INTERNAL_ERROR')} />);
    expect(screen.getByRole('alert').textContent).toContain('Something went wrong on our side.');
  });
});
