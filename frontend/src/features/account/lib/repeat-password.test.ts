import { describe, expect, it } from 'vitest';

import { problemText } from '@/lib/form-errors';

import { repeatMismatch } from './repeat-password';

describe('repeatMismatch', () => {
  it('is a problem at the repeat field when the two differ, down to the last character and case', () => {
    const problem = repeatMismatch('correct horse battery', 'correct horse batter');
    expect(problem?.field).toBe('repeatPassword');
    expect(problemText(problem!)).toEqual({ key: 'repeatMismatch' });
    expect(repeatMismatch('Secret-password-1', 'secret-password-1')).toBeDefined();
    expect(repeatMismatch('new-password-12', '')).toBeDefined();
  });

  it('is no problem when they match, even when both are empty (the API then says what is required)', () => {
    expect(repeatMismatch('correct horse battery', 'correct horse battery')).toBeUndefined();
    expect(repeatMismatch('', '')).toBeUndefined();
  });

  it('compares exactly: no trimming of a password', () => {
    expect(repeatMismatch('new-password-12 ', 'new-password-12')).toBeDefined();
  });
});
