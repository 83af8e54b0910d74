import {
  Client,
  cacheExchange,
  fetchExchange,
  mapExchange,
  subscriptionExchange,
  type CombinedError,
  type Exchange,
  type OperationContext,
} from '@urql/core';
import { createClient as createSocketClient } from 'graphql-ws';

import { WEB_CLIENT_HEADER } from './web-client-header';

export { WEB_CLIENT_HEADER };

export type UnauthorizedEvent = {
  /** 401 when the server refused the session cookie itself (invalid or expired token). */
  httpStatus: number | undefined;
};

type UnauthorizedListener = (event: UnauthorizedEvent) => void;

const unauthorizedListeners = new Set<UnauthorizedListener>();

/** Subscribes to "the server says we are not signed in"; returns the unsubscribe function. */
export function onUnauthorized(listener: UnauthorizedListener): () => void {
  unauthorizedListeners.add(listener);
  return () => {
    unauthorizedListeners.delete(listener);
  };
}

/**
 * Tells the listeners the server refused the session: the GraphQL client does so itself; a request
 * made outside it (a file upload) calls this on its 401.
 */
export function reportUnauthorized(event: UnauthorizedEvent): void {
  unauthorizedListeners.forEach((listener) => listener(event));
}

export function isUnauthorized(error: CombinedError | undefined): boolean {
  if (!error) return false;
  return (
    error.response?.status === 401 || error.graphQLErrors.some((e) => e.extensions?.classification === 'UNAUTHORIZED')
  );
}

/** The GraphQL error classification (BAD_REQUEST, FORBIDDEN, …) of the first error, if any. */
export function errorClassification(error: CombinedError | undefined): string | undefined {
  const classification = error?.graphQLErrors[0]?.extensions?.classification;
  return typeof classification === 'string' ? classification : undefined;
}

/**
 * Typenames whose mutations change KPI figures. Queries of KPIs list them so urql's document cache
 * refetches them after, say, a recorded deal: "My month" and "Team" update without a reload.
 */
export const KPI_SOURCE_TYPENAMES = [
  'Deal',
  'Lead',
  'Spend',
  'Client',
  'Channel',
  'SharedGoal',
  'PersonalPlan',
  'Employee',
  // Pace basis and working calendar change every pace figure; closed months change nothing but are shown.
  'Company',
];

export const kpiQueryContext: Partial<OperationContext> = {
  additionalTypenames: KPI_SOURCE_TYPENAMES,
};

type ReconnectListener = () => void;

const reconnectListeners = new Set<ReconnectListener>();

/**
 * Subscribes to "the live connection came back after a break": events sent meanwhile are lost, so
 * whoever shows live figures reloads them. Returns the unsubscribe function.
 */
export function onLiveReconnect(listener: ReconnectListener): () => void {
  reconnectListeners.add(listener);
  return () => {
    reconnectListeners.delete(listener);
  };
}

/** Live updates need a browser's WebSocket; unit tests (jsdom) run without them. */
export const LIVE_ENABLED = typeof WebSocket !== 'undefined' && import.meta.env.MODE !== 'test';

function socketUrl(url: string): string {
  const address = new URL(url, window.location.href);
  address.protocol = address.protocol === 'https:' ? 'wss:' : 'ws:';
  return address.toString();
}

/**
 * Subscriptions over graphql-transport-ws at the same path. The browser sends the session cookie with
 * the handshake and the server checks that its Origin is this site, so no token is handled here. The
 * socket opens with the first subscription, closes a while after the last, and reconnects after a break.
 */
function liveExchange(url: string): Exchange {
  const socket = createSocketClient({
    url: socketUrl(url),
    lazy: true,
    lazyCloseTimeout: 3000,
    retryAttempts: Number.POSITIVE_INFINITY,
    // A network break is retried (with growing waits); a refusal of the sign-in (4401, or another 44xx) is not:
    // the next query meets the same refusal and the app signs in again.
    shouldRetry: (problem) =>
      !(
        typeof problem === 'object' &&
        problem !== null &&
        'code' in problem &&
        Math.floor(Number(problem.code) / 100) === 44
      ),
    on: {
      connected: (_socket, _payload, wasRetry) => {
        if (wasRetry) reconnectListeners.forEach((listener) => listener());
      },
    },
  });
  return subscriptionExchange({
    forwardSubscription(request) {
      const input = { ...request, query: request.query ?? '' };
      return {
        subscribe(sink) {
          const unsubscribe = socket.subscribe(input, sink);
          return { unsubscribe };
        },
      };
    },
  });
}

export function createGraphqlClient(url = '/graphql'): Client {
  return new Client({
    url,
    // The API answers POST only; GET would also put queries into logs and caches.
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    fetchOptions: {
      credentials: 'same-origin',
      headers: { [WEB_CLIENT_HEADER]: 'web' },
    },
    exchanges: [
      cacheExchange,
      mapExchange({
        onError(error) {
          if (!isUnauthorized(error)) return;
          reportUnauthorized({ httpStatus: error.response?.status });
        },
      }),
      fetchExchange,
      ...(LIVE_ENABLED ? [liveExchange(url)] : []),
    ],
  });
}
