import { graphql } from '@/gql/gql';

/** Clears the session cookie; always true. */
export const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);
