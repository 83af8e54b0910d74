import type { CombinedError } from '@urql/core';

/**
 * The API's `extensions.code` values (backend `shared/ErrorCode.java`, listed in docs/api.md): the web app shows
 * the text of the code in the person's language (`errorCodes` in the locales), never the API's English message.
 * A code this list does not know yet falls back on its classification's general code, then on `UNKNOWN`.
 */
export const ERROR_CODES = [
  'TOKEN_INVALID',
  'TOKEN_EXPIRED',
  'REQUEST_TOO_LARGE',
  'INVALID_REQUEST_BODY',
  'UNSUPPORTED_MEDIA_TYPE',
  'METHOD_NOT_ALLOWED',
  'NOT_ACCEPTABLE',
  'OPERATOR_TOKEN_REQUIRED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_NOT_SUPPORTED',
  'INTROSPECTION_DISABLED',
  'INTROSPECTION_TOO_LARGE',
  'EXECUTION_ABORTED',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_NESTED',
  'QUERY_TOO_COSTLY',
  'TOO_MANY_ROOT_FIELDS',
  'TOO_MANY_ALIASES',
  'TOO_MANY_SIGN_INS',
  'FIRST_OUT_OF_RANGE',
  'FRAGMENT_CYCLE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_ID_INVALID',
  'REQUEST_TIMEOUT',
  'SIGN_IN_REQUIRED',
  'WRONG_CREDENTIALS',
  'TOO_MANY_FAILED_SIGN_INS',
  'ACCOUNT_INACTIVE',
  'INVALID_REFRESH_TOKEN',
  'INVALID_VALUE',
  'VERSION_MISMATCH',
  'CONCURRENT_CHANGE',
  'DUPLICATE_EXTERNAL_ID',
  'INVALID_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'DATABASE_UNAVAILABLE',
  'INTERNAL_ERROR',
] as const;

export type ErrorCodeName = (typeof ERROR_CODES)[number];

/** What the locales have a text for: every code, and the text for a cause nobody told us about. */
export type ErrorCodeText = ErrorCodeName | 'UNKNOWN';

const KNOWN: ReadonlySet<string> = new Set(ERROR_CODES);

/** The general code of each classification, as the backend's `ErrorCode.of` has it. */
const GENERAL: Record<string, ErrorCodeName> = {
  BAD_REQUEST: 'INVALID_INPUT',
  UNAUTHORIZED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  INTERNAL_ERROR: 'INTERNAL_ERROR',
};

/** The code whose text to show: the error's own when known, else its classification's general one. */
export function errorCodeText(code: unknown, classification?: unknown): ErrorCodeText {
  if (typeof code === 'string' && KNOWN.has(code)) return code as ErrorCodeName;
  if (typeof classification === 'string' && classification in GENERAL) return GENERAL[classification];
  return 'UNKNOWN';
}

/** The code of a GraphQL answer's first error (as {@link errorCodeText} resolves it), if it has errors. */
export function firstErrorCode(error: CombinedError | undefined): ErrorCodeText | undefined {
  const first = error?.graphQLErrors[0];
  return first ? errorCodeText(first.extensions?.code, first.extensions?.classification) : undefined;
}

/** The locale key of a code's text. */
export function errorCodeKey(code: ErrorCodeText): `errorCodes.${ErrorCodeText}` {
  return `errorCodes.${code}`;
}
