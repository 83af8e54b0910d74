import {
  Client,
  cacheExchange,
  fetchExchange,
  mapExchange,
  type CombinedError,
  type OperationContext,
} from '@urql/core';

/**
 * Marks a request as the web app's. The backend then sets and reads the HttpOnly session cookie;
 * a cross-site page cannot add this header without a CORS preflight the server never grants.
 */
export const WEB_CLIENT_HEADER = 'X-Tandem-Client';

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
    error.response?.status === 401 ||
    error.graphQLErrors.some((e) => e.extensions?.classification === 'UNAUTHORIZED')
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
    ],
  });
}
