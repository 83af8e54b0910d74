import { graphql } from '@/gql/gql';

// One page of leads ("Load more" asks for the next one with `after`). Owners get everyone's, employees
// their own (the API decides).

export const RecordsLeadsDocument = graphql(`
  query RecordsLeads($first: Int!, $after: String, $period: YearMonth, $filter: LeadFilter) {
    leads(first: $first, after: $after, period: $period, filter: $filter) {
      totalCount
      edges {
        node {
          id
          version
          voided
          externalId
          createdAt
          status
          lostReason
          channel {
            id
            name
          }
          marketer {
            id
            fullName
          }
          assignee {
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
