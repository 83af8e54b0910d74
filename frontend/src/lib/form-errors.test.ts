import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';

import { formErrorsOf, percentToRatio, problemText, ratioToPercent, toDecimalInput } from './form-errors';

const apiError = (...errors: { message: string; classification: string; field?: string; code?: string }[]) =>
  new CombinedError({
    graphQLErrors: errors.map(
      ({ message, classification, field, code }) =>
        new GraphQLError(message, {
          extensions: { classification, ...(field ? { field } : {}), ...(code ? { code } : {}) },
        }),
    ),
  });

describe('formErrorsOf', () => {
  it('puts errors with a field of the form at that field, everything else in the form alert', () => {
    const errors = formErrorsOf(
      apiError(
        { message: 'revenue must not be negative', classification: 'BAD_REQUEST', field: 'revenue' },
        {
          message: 'closedOn must not be in the future (today is 2026-11-15)',
          classification: 'BAD_REQUEST',
          field: 'closedOn',
        },
        { message: 'A salesperson records only their own deals', classification: 'FORBIDDEN', field: 'salespersonId' },
        { message: 'Only owners and salespeople record deals', classification: 'FORBIDDEN' },
      ),
      ['revenue', 'closedOn', 'cost'],
    );
    expect(Object.keys(errors.fields)).toEqual(['revenue', 'closedOn']);
    expect(errors.fields.revenue?.message).toBe('revenue must not be negative');
    // A field the form does not show is not dropped.
    expect(errors.form.map((p) => p.field)).toEqual(['salespersonId', undefined]);
  });

  it('keeps the first error of a field, and reports a network failure for the form', () => {
    const twice = formErrorsOf(
      apiError(
        { message: 'cost is required', classification: 'BAD_REQUEST', field: 'cost' },
        { message: 'cost is too large', classification: 'BAD_REQUEST', field: 'cost' },
      ),
      ['cost'],
    );
    expect(twice.fields.cost?.message).toBe('cost is required');

    const offline = formErrorsOf(new CombinedError({ networkError: new Error('Failed to fetch') }), ['cost']);
    expect(offline.fields).toEqual({});
    expect(offline.form[0].classification).toBe('NETWORK');
    expect(formErrorsOf(undefined, ['cost'])).toEqual({ fields: {}, form: [] });
  });
});

describe('problemText', () => {
  const bad = (message: string, field = 'x') =>
    problemText({ message, classification: 'BAD_REQUEST', field, code: 'INVALID_INPUT' });

  it('translates the API’s known messages, with their numbers', () => {
    expect(bad('revenue is required')).toEqual({ key: 'required' });
    expect(bad('amount must not be negative')).toEqual({ key: 'negative' });
    expect(bad('cost must have at most 2 decimal places')).toEqual({ key: 'decimals', values: { count: '2' } });
    expect(bad('day must not be in the future (today is 2026-11-15)')).toEqual({ key: 'future' });
    expect(bad('target must be greater than 0')).toEqual({ key: 'positive' });
    expect(bad('name must be at most 200 characters')).toEqual({ key: 'tooLong', values: { count: '200' } });
    expect(bad('revenue must be a decimal number such as 1234.50, not "abc"')).toEqual({ key: 'badFormat' });
    expect(
      problemText({
        message: 'No client with id 9',
        classification: 'NOT_FOUND',
        field: 'clientId',
        code: 'NOT_FOUND',
      }),
    ).toEqual({
      key: 'notFound',
    });
  });

  it('shows the text of the code for a message it has no finer words for, never the API’s English', () => {
    expect(bad('closedOn is before the lead came in')).toEqual({ key: 'code', values: { code: 'INVALID_INPUT' } });
    expect(problemText({ message: 'Only owners add clients', classification: 'FORBIDDEN', code: 'FORBIDDEN' })).toEqual(
      {
        key: 'code',
        values: { code: 'FORBIDDEN' },
      },
    );
    // A specific code speaks for itself, whatever the message says.
    expect(
      problemText({
        message: 'revenue is required',
        classification: 'CONFLICT',
        field: 'externalId',
        code: 'DUPLICATE_EXTERNAL_ID',
      }),
    ).toEqual({ key: 'code', values: { code: 'DUPLICATE_EXTERNAL_ID' } });
    // A code this app does not know yet: its classification's general code.
    expect(
      problemText({ message: 'Brand new cause', classification: 'CONFLICT', code: 'SOMETHING_NEW' as never }),
    ).toEqual({
      key: 'code',
      values: { code: 'CONFLICT' },
    });
    // A problem the browser made itself has no code: its words are already the person's.
    expect(problemText({ message: 'Сумма весов должна быть 100 %', classification: 'BAD_REQUEST' })).toEqual({
      key: 'invalid',
      values: { message: 'Сумма весов должна быть 100 %' },
    });
  });

  it('takes the code from the API’s answer, or the classification’s general code when it sent none', () => {
    const errors = formErrorsOf(
      apiError(
        {
          message: 'Someone changed this lead meanwhile',
          classification: 'CONFLICT',
          field: 'expectedVersion',
          code: 'VERSION_MISMATCH',
        },
        { message: 'revenue is too large', classification: 'BAD_REQUEST', field: 'revenue' },
      ),
      ['revenue'],
    );
    expect(errors.form[0].code).toBe('VERSION_MISMATCH');
    expect(errors.fields.revenue?.code).toBe('INVALID_INPUT');
    // Field errors keep their field.
    expect(errors.fields.revenue?.field).toBe('revenue');
    expect(problemText(errors.form[0])).toEqual({ key: 'code', values: { code: 'VERSION_MISMATCH' } });
  });

  it('translates the wave-2 rules: older months, backdated acquisition, owner-only changes, the money bound', () => {
    const refused = (message: string, field: string) =>
      problemText({ message, classification: 'FORBIDDEN', field, code: 'FORBIDDEN' });
    expect(
      refused('closedOn 2026-08-31 is before 2026-10: records of older months are changed by an owner', 'closedOn'),
    ).toEqual({ key: 'olderMonth', values: { month: '2026-10' } });
    expect(
      refused(
        "This client's first deal was on 2026-11-02 by someone else; a deal before it would take the client's acquisition, which only an owner may change",
        'closedOn',
      ),
    ).toEqual({ key: 'acquisition', values: { date: '2026-11-02' } });
    expect(refused('Only an owner gives a deal to another salesperson', 'salespersonId')).toEqual({ key: 'ownerOnly' });
    expect(refused('A salesperson records only their own deals', 'salespersonId')).toEqual({ key: 'ownOnly' });
    expect(refused('2026-10 is closed: an owner reopens it before anything in it changes', 'closedOn')).toEqual({
      key: 'closedMonth',
      values: { month: '2026-10' },
    });
    expect(bad('revenue must be at most 100000000000.00')).toEqual({
      key: 'moneyTooLarge',
      values: { max: '100000000000.00' },
    });
    expect(
      problemText({ message: 'Someone else changed this', classification: 'CONFLICT', code: 'CONCURRENT_CHANGE' }),
    ).toEqual({
      key: 'code',
      values: { code: 'CONCURRENT_CHANGE' },
    });
    expect(
      problemText({
        message: 'Someone changed this lead meanwhile (now at version 2); reload and try again',
        classification: 'CONFLICT',
        field: 'expectedVersion',
        code: 'VERSION_MISMATCH',
      }),
    ).toEqual({ key: 'code', values: { code: 'VERSION_MISMATCH' } });
  });

  it('says the database is out of reach, in the person’s language, when the API answers UNAVAILABLE', () => {
    expect(
      problemText({
        message: 'The database is not reachable right now; try again in a moment',
        classification: 'UNAVAILABLE',
        code: 'DATABASE_UNAVAILABLE',
      }),
    ).toEqual({ key: 'unavailable' });
  });
});

describe('problemText for passwords', () => {
  const at = (
    field: string,
    message: string,
    code: 'INVALID_INPUT' | 'WRONG_CREDENTIALS' | 'TOO_MANY_FAILED_SIGN_INS' = 'INVALID_INPUT',
  ) => problemText({ message, classification: 'BAD_REQUEST', field, code });

  it('translates what changePassword and resetPassword say about the new password, with its numbers', () => {
    expect(at('newPassword', 'newPassword must be at least 12 characters')).toEqual({
      key: 'tooShort',
      values: { count: '12' },
    });
    expect(at('newPassword', 'newPassword must be at most 72 bytes (about 72 Latin or 36 Cyrillic letters)')).toEqual({
      key: 'tooManyBytes',
      values: { count: '72' },
    });
    expect(at('newPassword', 'newPassword must be at most 128 characters')).toEqual({
      key: 'tooLong',
      values: { count: '128' },
    });
    expect(at('newPassword', 'newPassword must differ from the current password')).toEqual({ key: 'samePassword' });
    expect(at('newPassword', 'newPassword is required')).toEqual({ key: 'required' });
  });

  it('translates a wrong current password and the sign-in throttle, with its minutes', () => {
    expect(at('currentPassword', 'The current password is wrong', 'WRONG_CREDENTIALS')).toEqual({
      key: 'wrongPassword',
    });
    expect(
      at('currentPassword', 'Too many failed sign-ins; try again in 15 minutes', 'TOO_MANY_FAILED_SIGN_INS'),
    ).toEqual({
      key: 'throttled',
      values: { count: '15' },
    });
    expect(
      at('currentPassword', 'Too many failed sign-ins; try again in 1 minute', 'TOO_MANY_FAILED_SIGN_INS'),
    ).toEqual({
      key: 'throttled',
      values: { count: '1' },
    });
    expect(at('employeeId', 'Change your own password with changePassword')).toEqual({ key: 'ownPassword' });
  });

  it('uses the key of a problem the browser found itself, whatever its English words', () => {
    expect(
      problemText({
        message: 'anything',
        classification: 'BAD_REQUEST',
        field: 'repeatPassword',
        key: 'repeatMismatch',
      }),
    ).toEqual({
      key: 'repeatMismatch',
    });
  });
});

describe('decimal input', () => {
  it('accepts spaces and a decimal comma as typed in Russian', () => {
    expect(toDecimalInput('1 234 567,50')).toBe('1234567.50');
    expect(toDecimalInput('1\u00a0234,5')).toBe('1234.5');
    expect(toDecimalInput('  ')).toBeNull();
    expect(toDecimalInput('-5')).toBe('-5');
  });

  it('converts per cent to a ratio and back', () => {
    expect(percentToRatio('25')).toBe('0.25');
    expect(percentToRatio('12,5')).toBe('0.125');
    expect(percentToRatio('')).toBeNull();
    expect(ratioToPercent('0.2500')).toBe('25');
    expect(ratioToPercent(null)).toBe('');
  });
});
