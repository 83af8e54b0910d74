import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { App } from './app';

describe('App', () => {
  it('renders the title and a link to the GraphQL explorer', () => {
    render(<App />);

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Tandem');
    expect(screen.getByRole('link', { name: 'GraphQL explorer' }).getAttribute('href')).toBe(
      '/graphiql',
    );
  });
});
