import { graphql } from '@/gql/gql';

/** What the forms' pickers offer: people (by position), open channels. */
export const RecordsOptionsDocument = graphql(`
  query RecordsOptions {
    employees {
      id
      fullName
      role
      position
      active
    }
    channels(first: 100, includeArchived: false) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
