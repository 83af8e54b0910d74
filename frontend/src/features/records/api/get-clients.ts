import { graphql } from '@/gql/gql';

// One page of clients ("Load more" asks for the next one with `after`); the API decides whose.

export const RecordsClientsDocument = graphql(`
  query RecordsClients($first: Int!, $after: String) {
    clients(first: $first, after: $after) {
      edges {
        node {
          id
          name
          acquiredBy {
            id
            fullName
          }
          accountManager {
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
