import { graphql } from '@/gql/gql';

// One page of deals ("Load more" asks for the next one with `after`). Owners get everyone's, employees
// their own (the API decides).

export const RecordsDealsDocument = graphql(`
  query RecordsDeals($first: Int!, $after: String, $period: YearMonth, $filter: DealFilter) {
    deals(first: $first, after: $after, period: $period, filter: $filter) {
      totalCount
      edges {
        node {
          id
          version
          voided
          externalId
          closedOn
          revenue
          cost
          grossMargin
          client {
            id
            name
          }
          lead {
            id
            channel {
              id
              name
            }
          }
          salesperson {
            id
            fullName
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
