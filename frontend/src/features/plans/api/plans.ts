import { useQuery } from 'urql';

import { graphql } from '@/gql/gql';
import type { Period } from '@/lib/period';

export const PlansMonthDocument = graphql(`
  query PlansMonth($period: YearMonth!) {
    sharedGoal(period: $period) {
      period
      turnoverTarget
      grossMarginTarget
      version
    }
    personalPlans(period: $period) {
      id
      metric
      target
      version
      employee {
        id
      }
    }
    employees {
      id
      fullName
      role
      position
      active
    }
  }
`);

export const SetSharedGoalDocument = graphql(`
  mutation SetSharedGoal($input: SetSharedGoalInput!) {
    setSharedGoal(input: $input) {
      period
      turnoverTarget
      grossMarginTarget
      version
    }
  }
`);

export const SetPersonalPlanDocument = graphql(`
  mutation SetPersonalPlan($input: SetPersonalPlanInput!) {
    setPersonalPlan(input: $input) {
      id
      period
      metric
      target
      version
      employee {
        id
      }
    }
  }
`);

export const PlanCoverageDocument = graphql(`
  query PlanCoverage($period: YearMonth!) {
    planCoverage(period: $period) {
      period
      turnoverTarget
      plannedTurnover
      turnoverCoverage
      grossMarginTarget
      plannedGrossMargin
      grossMarginCoverage
      plannedLeads
      requiredLeads
      leadsCoverage
    }
  }
`);

/**
 * What a plans query depends on. A plan from the goal (PlanSuggestion) rewrites goals and plans too.
 * Module scope: a new object on every render would make urql re-run the query.
 */
const PLANS_CONTEXT = { additionalTypenames: ['SharedGoal', 'PersonalPlan', 'Employee', 'PlanSuggestion'] };

/**
 * urql keeps the previous variables' data while the new ones load: after a month switch the forms
 * would start from the old month's targets and versions, and Save would write them into the new
 * month. Data counts only once it is the asked month's.
 */
function forPeriod<R extends { data?: unknown; operation?: { variables: unknown } }>(result: R, period: Period): R {
  const asked = (result.operation?.variables as { period?: Period } | undefined)?.period;
  return asked === period ? result : { ...result, data: undefined, fetching: true };
}

/** The month's shared goal, everyone's personal plans, and the people to plan for. */
export function usePlansMonth(period: Period) {
  const [result, reexecute] = useQuery({ query: PlansMonthDocument, variables: { period }, context: PLANS_CONTEXT });
  return [forPeriod(result, period), reexecute] as const;
}

/** Owner: how far the personal plans cover the month's shared goal; refetched after any plan change. */
export function usePlanCoverage(period: Period) {
  const [result, reexecute] = useQuery({ query: PlanCoverageDocument, variables: { period }, context: PLANS_CONTEXT });
  return [forPeriod(result, period), reexecute] as const;
}
