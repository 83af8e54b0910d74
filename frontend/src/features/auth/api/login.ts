import { graphql } from '@/gql/gql';

// No accessToken here on purpose: with the X-Tandem-Client header the server puts the session in
// an HttpOnly cookie, and the token never enters page scripts.
export const LoginDocument = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      expiresAt
      employee {
        id
      }
    }
  }
`);
