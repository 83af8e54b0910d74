import { describe, expect, it } from 'vitest';

import { spanOf } from './span';

describe('spanOf', () => {
  it('finds the calendar quarter and year of a month', () => {
    expect(spanOf('month', '2026-11')).toMatchObject({ from: '2026-11', to: '2026-11' });
    expect(spanOf('quarter', '2026-11')).toMatchObject({ from: '2026-10', to: '2026-12', quarter: 4 });
    expect(spanOf('quarter', '2026-01')).toMatchObject({ from: '2026-01', to: '2026-03', quarter: 1 });
    expect(spanOf('quarter', '2026-06')).toMatchObject({ from: '2026-04', to: '2026-06', quarter: 2 });
    expect(spanOf('year', '2026-11')).toMatchObject({ from: '2026-01', to: '2026-12', year: 2026 });
  });
});
