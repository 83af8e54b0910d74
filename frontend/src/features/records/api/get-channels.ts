import { graphql } from '@/gql/gql';

// One page of marketing channels ("Load more" asks for the next one with `after`).

export const RecordsChannelsDocument = graphql(`
  query RecordsChannels($first: Int!, $after: String) {
    channels(first: $first, after: $after, includeArchived: true) {
      edges {
        node {
          id
          name
          archived
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
