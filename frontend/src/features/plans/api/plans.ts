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

const PLANS_CONTEXT = { additionalTypenames: ['SharedGoal', 'PersonalPlan', 'Employee'] };

/** The month's shared goal, everyone's personal plans, and the people to plan for. */
export function usePlansMonth(period: Period) {
  return useQuery({ query: PlansMonthDocument, variables: { period }, context: PLANS_CONTEXT });
}
