import { graphql } from '@/gql/gql';

/**
 * The clients a deal can be recorded for (the caller's own; an owner's: everyone's) whose name
 * holds `search`: the picker asks as the person types instead of stopping at the first page.
 */
export const RecordsClientOptionsDocument = graphql(`
  query RecordsClientOptions($search: String) {
    clients(first: 30, filter: { search: $search }) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
