import { useMutation, useQuery } from 'urql';

import { graphql } from '@/gql/gql';
import { kpiQueryContext } from '@/lib/graphql-client';
import type { Period } from '@/lib/period';

export const PlanSuggestionFieldsFragment = graphql(`
  fragment PlanSuggestion_fields on PlanSuggestion {
    period
    turnoverTarget
    historyFrom
    historyTo
    hasHistory
    averageDeal
    dealsPerLead
    conversion
    costPerLead
    marginPercent
    requiredDeals
    requiredLeads
    requiredBudget
    expectedMargin
    split {
      employee {
        id
        fullName
        position
      }
      metric
      share
      target
    }
    grossMarginTarget
    changes {
      employee {
        id
        fullName
      }
      metric
      current
      proposed
    }
  }
`);

export const PlanFromGoalDocument = graphql(`
  query PlanFromGoal($period: YearMonth!, $turnoverTarget: Decimal!) {
    planFromGoal(period: $period, turnoverTarget: $turnoverTarget) {
      ...PlanSuggestion_fields
    }
  }
`);

export const ApplyPlanFromGoalDocument = graphql(`
  mutation ApplyPlanFromGoal($period: YearMonth!, $turnoverTarget: Decimal!) {
    applyPlanFromGoal(period: $period, turnoverTarget: $turnoverTarget) {
      ...PlanSuggestion_fields
    }
  }
`);

export const SharedGoalTargetDocument = graphql(`
  query SharedGoalTarget($period: YearMonth!) {
    sharedGoal(period: $period) {
      period
      turnoverTarget
    }
  }
`);

/** Owner only: the reverse funnel for a turnover target (paused until there is a target). */
export function usePlanFromGoal(period: Period, turnoverTarget: string | null) {
  return useQuery({
    query: PlanFromGoalDocument,
    variables: { period, turnoverTarget: turnoverTarget ?? '0' },
    pause: turnoverTarget == null,
    context: kpiQueryContext,
  });
}

/** The month's shared turnover target: the default for the plan from the goal. */
export function useSharedGoalTarget(period: Period) {
  return useQuery({ query: SharedGoalTargetDocument, variables: { period }, context: kpiQueryContext });
}

/**
 * Applying rewrites the month's goal and personal plans: every query naming them (Plans, its
 * coverage, the KPIs) refetches, not only those whose results hold the typenames the answer lists.
 */
export const APPLY_PLAN_CONTEXT = { additionalTypenames: ['SharedGoal', 'PersonalPlan', 'PlanCoverage'] };

export function useApplyPlanFromGoal() {
  return useMutation(ApplyPlanFromGoalDocument);
}
