import { useQuery } from 'urql';

import { graphql } from '@/gql/gql';
import { kpiQueryContext } from '@/lib/graphql-client';
import type { Period } from '@/lib/period';

export const ConversionMatrixDocument = graphql(`
  query ConversionMatrix($period: YearMonth!) {
    conversionMatrix(period: $period) {
      period
      leads
      won
      conversion
      assignees {
        id
        fullName
      }
      channels {
        channel {
          id
          name
          archived
        }
        leads
        won
        conversion
        notTargetShare
        unassigned
        otherChannelsConversion
        significance
        cells {
          assignee {
            id
            fullName
          }
          leads
          won
          conversion
          othersConversion
          significance
        }
      }
    }
  }
`);

/** Channel × salesperson conversion of the month's leads, with significance flags. */
export function useConversionMatrix(period: Period) {
  return useQuery({ query: ConversionMatrixDocument, variables: { period }, context: kpiQueryContext });
}
