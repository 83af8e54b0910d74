import { useMemo } from 'react';
import { useQuery } from 'urql';

import { graphql } from '@/gql/gql';
import type { KpiTrendQuery } from '@/gql/graphql';
import { kpiQueryContext } from '@/lib/graphql-client';
import { monthsEndingWith, type Period } from '@/lib/period';

export const TREND_MONTHS = 6;

// Six aliased fields: one request for the six months ending with the picked one.
export const KpiTrendDocument = graphql(`
  query KpiTrend(
    $employeeId: ID!
    $p0: YearMonth!
    $p1: YearMonth!
    $p2: YearMonth!
    $p3: YearMonth!
    $p4: YearMonth!
    $p5: YearMonth!
  ) {
    m0: employeeKpis(employeeId: $employeeId, period: $p0) {
      ...KpiTrend_month
    }
    m1: employeeKpis(employeeId: $employeeId, period: $p1) {
      ...KpiTrend_month
    }
    m2: employeeKpis(employeeId: $employeeId, period: $p2) {
      ...KpiTrend_month
    }
    m3: employeeKpis(employeeId: $employeeId, period: $p3) {
      ...KpiTrend_month
    }
    m4: employeeKpis(employeeId: $employeeId, period: $p4) {
      ...KpiTrend_month
    }
    m5: employeeKpis(employeeId: $employeeId, period: $p5) {
      ...KpiTrend_month
    }
  }
`);

export type TrendMonthRef = KpiTrendQuery['m0'];

/** My KPIs for the six months ending with `last`, oldest first. */
export function useKpiTrend(employeeId: string, last: Period) {
  const periods = useMemo(() => monthsEndingWith(last, TREND_MONTHS), [last]);
  const [p0, p1, p2, p3, p4, p5] = periods;
  const [result, reexecute] = useQuery({
    query: KpiTrendDocument,
    variables: { employeeId, p0, p1, p2, p3, p4, p5 },
    context: kpiQueryContext,
  });
  const months = useMemo(() => {
    const data = result.data;
    if (!data) return undefined;
    const refs = [data.m0, data.m1, data.m2, data.m3, data.m4, data.m5];
    return periods.map((period, i) => ({ period, kpis: refs[i] }));
  }, [periods, result.data]);
  return { months, result, reexecute };
}
