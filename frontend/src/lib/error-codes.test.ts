import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';

import errorCodeSource from '../../../backend/src/main/java/app/tandem/shared/ErrorCode.java?raw';

import { ERROR_CODES, errorCodeKey, errorCodeText, firstErrorCode } from './error-codes';
import { en } from './locales/en';
import { ru } from './locales/ru';

/** The enum constants of the backend's ErrorCode, comments left out. */
function backendCodes(): string[] {
  const body = errorCodeSource.slice(errorCodeSource.indexOf('public enum ErrorCode {') + 23);
  return body
    .slice(0, body.indexOf(';'))
    .replace(/\/\/.*$/gm, '')
    .split(',')
    .map((code) => code.trim())
    .filter(Boolean);
}

describe('error codes', () => {
  it('knows every code the backend can send, and no other', () => {
    expect([...ERROR_CODES].sort()).toEqual(backendCodes().sort());
  });

  it('has an English and a Russian text for every code and for an unknown one', () => {
    for (const code of [...ERROR_CODES, 'UNKNOWN' as const]) {
      expect(en.errorCodes[code], code).toBeTruthy();
      expect(ru.errorCodes[code], code).toMatch(/[а-яё]/i);
    }
  });

  it('resolves the code to show: its own, else the classification’s general one, else UNKNOWN', () => {
    expect(errorCodeText('VERSION_MISMATCH', 'CONFLICT')).toBe('VERSION_MISMATCH');
    expect(errorCodeText('A_CODE_FROM_A_NEWER_SERVER', 'FORBIDDEN')).toBe('FORBIDDEN');
    expect(errorCodeText(undefined, 'BAD_REQUEST')).toBe('INVALID_INPUT');
    expect(errorCodeText(undefined, 'UNAVAILABLE')).toBe('DATABASE_UNAVAILABLE');
    expect(errorCodeText(42, 'SOMETHING')).toBe('UNKNOWN');
    expect(errorCodeKey('CONFLICT')).toBe('errorCodes.CONFLICT');
  });

  it('reads the first error of an answer', () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('A channel named Direct exists', {
          extensions: { classification: 'CONFLICT', code: 'CONFLICT', field: 'name' },
        }),
        new GraphQLError('second', { extensions: { classification: 'FORBIDDEN', code: 'FORBIDDEN' } }),
      ],
    });
    expect(firstErrorCode(error)).toBe('CONFLICT');
    expect(firstErrorCode(undefined)).toBeUndefined();
    expect(firstErrorCode(new CombinedError({ networkError: new Error('offline') }))).toBeUndefined();
  });
});
