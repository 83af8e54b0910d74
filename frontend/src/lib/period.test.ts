import { describe, expect, it } from 'vitest';

import { addMonths, isPeriod, monthsBetween, monthsEndingWith } from './period';

describe('periods', () => {
  it('steps across year ends', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-11', 2)).toBe('2027-01');
  });

  it('lists the six months ending with the picked one, oldest first', () => {
    expect(monthsEndingWith('2026-02', 6)).toEqual(['2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02']);
  });

  it('lists a range newest first', () => {
    expect(monthsBetween('2026-10', '2026-12')).toEqual(['2026-12', '2026-11', '2026-10']);
  });

  it('accepts only real months', () => {
    expect(isPeriod('2026-11')).toBe(true);
    expect(isPeriod('2026-13')).toBe(false);
    expect(isPeriod('2026-1')).toBe(false);
    expect(isPeriod(null)).toBe(false);
  });
});
