import { graphql } from '@/gql/gql';

/** Open leads the caller can see: to assign, close, or record a deal on. */
export const RecordsOpenLeadsDocument = graphql(`
  query RecordsOpenLeads {
    leads(first: 100, status: OPEN) {
      edges {
        node {
          id
          version
          externalId
          createdAt
          channel {
            id
            name
          }
          marketer {
            id
          }
          assignee {
            id
            fullName
          }
        }
      }
    }
  }
`);
