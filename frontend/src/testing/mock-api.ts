import { vi } from 'vitest';

export type Reply = { status?: number; body: unknown };
type Handler = (variables: Record<string, unknown>) => Reply | Promise<Reply>;

export type ApiCall = { operationName: string; variables: Record<string, unknown>; init: RequestInit };

/**
 * Replaces `fetch` with a GraphQL server answering by operation name; records every call so tests
 * can check what the app sent.
 */
export function mockApi(handlers: Record<string, Handler>) {
  const calls: ApiCall[] = [];
  const fetchMock = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
    const { operationName, variables } = JSON.parse(String(init?.body)) as {
      operationName: string;
      variables: Record<string, unknown>;
    };
    calls.push({ operationName, variables, init: init ?? {} });
    const handler = handlers[operationName];
    if (!handler) throw new Error(`No mock for operation ${operationName}`);
    const reply = await handler(variables ?? {});
    return new Response(JSON.stringify(reply.body), {
      status: reply.status ?? 200,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock };
}

export const ok = (data: unknown): Reply => ({ body: { data } });

export const unauthorized = (message = 'Sign in first', code = 'SIGN_IN_REQUIRED'): Reply => ({
  body: { data: null, errors: [{ message, extensions: { classification: 'UNAUTHORIZED', code } }] },
});

/** What the server answers when it refuses the session cookie itself. */
export const expiredToken = (): Reply => ({
  status: 401,
  body: {
    errors: [
      {
        message: 'The access token is invalid; sign in again',
        extensions: { classification: 'UNAUTHORIZED', code: 'TOKEN_INVALID' },
      },
    ],
  },
});
