import { useEffect, useRef } from 'react';
import { useSubscription } from 'urql';

import { graphql } from '@/gql/gql';
import { LIVE_ENABLED, onLiveReconnect } from '@/lib/graphql-client';
import type { Period } from '@/lib/period';

const LiveKpisDocument = graphql(`
  subscription LiveKpis($period: YearMonth!) {
    kpisChanged(period: $period) {
      period
      employeeIds
    }
  }
`);

/**
 * Calls `refresh` whenever someone's write changes `period`'s figures (docs/spec.md §10), and after the
 * live connection comes back from a break, so a screen showing that month never goes stale.
 */
export function useLiveKpis(period: Period, refresh: () => void) {
  const latest = useRef(refresh);
  latest.current = refresh;
  const [result] = useSubscription({ query: LiveKpisDocument, variables: { period }, pause: !LIVE_ENABLED });

  useEffect(() => {
    if (result.data) latest.current();
  }, [result.data]);

  useEffect(() => onLiveReconnect(() => latest.current()), []);
}
