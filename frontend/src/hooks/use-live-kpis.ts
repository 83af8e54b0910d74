import { useEffect, useEffectEvent } from 'react';
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
  // Always the caller's latest `refresh`, without resubscribing when it changes identity.
  const onChange = useEffectEvent(() => refresh());
  const [result] = useSubscription({ query: LiveKpisDocument, variables: { period }, pause: !LIVE_ENABLED });

  useEffect(() => {
    if (result.data) onChange();
  }, [result.data]);

  useEffect(() => onLiveReconnect(() => onChange()), []);
}
