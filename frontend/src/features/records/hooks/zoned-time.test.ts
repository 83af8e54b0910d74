import { describe, expect, it } from 'vitest';

import { fromZonedInput, toZonedInput } from './zoned-time';

describe('zoned time', () => {
  it('shows an instant as the company’s wall clock and reads it back', () => {
    expect(toZonedInput('2026-11-05T09:30:00Z', 'Europe/Moscow')).toBe('2026-11-05T12:30');
    expect(fromZonedInput('2026-11-05T12:30', 'Europe/Moscow')).toBe('2026-11-05T09:30:00.000Z');
    expect(fromZonedInput('2026-07-01T10:00', 'Europe/Berlin')).toBe('2026-07-01T08:00:00.000Z');
    expect(fromZonedInput('', 'Europe/Moscow')).toBeNull();
  });
});
