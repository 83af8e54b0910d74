import { graphql } from '@/gql/gql';

// As with login, no accessToken: the server answers a web request with a fresh HttpOnly session
// cookie (every older token of the person is revoked), so this browser stays signed in.
export const ChangePasswordDocument = graphql(`
  mutation ChangePassword($currentPassword: String, $newPassword: String) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      expiresAt
    }
  }
`);
