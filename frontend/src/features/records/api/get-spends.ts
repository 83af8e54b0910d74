import { graphql } from '@/gql/gql';

// One page of marketing spend ("Load more" asks for the next one with `after`); the API decides whose.

export const RecordsSpendsDocument = graphql(`
  query RecordsSpends($first: Int!, $after: String, $period: YearMonth, $filter: SpendFilter) {
    spends(first: $first, after: $after, period: $period, filter: $filter) {
      totalCount
      edges {
        node {
          id
          version
          voided
          day
          amount
          channel {
            id
            name
          }
          marketer {
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
