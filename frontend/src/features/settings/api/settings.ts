import { useQuery } from 'urql';

import { graphql } from '@/gql/gql';

export const CompanySettingsDocument = graphql(`
  query CompanySettings($year: Int!) {
    company {
      paceBasis
      nonWorkingDays(year: $year)
      workingWeekendDays(year: $year)
    }
    closedPeriods {
      period
      closedAt
      closedBy {
        id
        fullName
      }
    }
    periodCloseHistory {
      id
      period
      action
      reason
      changedAt
      changedBy {
        id
        fullName
      }
    }
  }
`);

export const SetPaceBasisDocument = graphql(`
  mutation SetPaceBasis($input: SetPaceBasisInput!) {
    setPaceBasis(input: $input) {
      paceBasis
    }
  }
`);

export const SetCompanyCalendarDocument = graphql(`
  mutation SetCompanyCalendar($input: SetCompanyCalendarInput!, $year: Int!) {
    setCompanyCalendar(input: $input) {
      nonWorkingDays(year: $year)
      workingWeekendDays(year: $year)
    }
  }
`);

export const ClosePeriodDocument = graphql(`
  mutation ClosePeriod($period: YearMonth!) {
    closePeriod(period: $period) {
      period
    }
  }
`);

export const ReopenPeriodDocument = graphql(`
  mutation ReopenPeriod($input: ReopenPeriodInput!) {
    reopenPeriod(input: $input) {
      id
    }
  }
`);

/** The owner's company settings for a calendar year: pace basis, that year's calendar, closed months. */
export function useCompanySettings(year: number) {
  return useQuery({ query: CompanySettingsDocument, variables: { year }, requestPolicy: 'cache-and-network' });
}
