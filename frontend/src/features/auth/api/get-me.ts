import { graphql } from '@/gql/gql';

/** Whether a session exists (the HttpOnly cookie is sent along), and whose. */
export const MeDocument = graphql(`
  query Me {
    me {
      id
      fullName
      email
      role
      position
    }
  }
`);
