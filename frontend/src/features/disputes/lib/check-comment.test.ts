import { describe, expect, it } from 'vitest';

import { problemText } from '@/lib/form-errors';

import { checkComment } from './check-comment';

describe('checkComment', () => {
  it('asks for 3 to 1000 characters, spaces around not counted, in words the form translates', () => {
    expect(problemText(checkComment('   ')!)).toEqual({ key: 'required' });
    expect(problemText(checkComment(' ab ')!)).toEqual({ key: 'tooShort', values: { count: '3' } });
    expect(problemText(checkComment('x'.repeat(1001))!)).toEqual({ key: 'tooLong', values: { count: '1000' } });
    expect(checkComment('abc')).toBeUndefined();
    expect(checkComment('x'.repeat(1000))).toBeUndefined();
  });
});
