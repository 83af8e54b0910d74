import { useQuery } from 'urql';

import { graphql } from '@/gql/gql';

export const PeopleListDocument = graphql(`
  query PeopleList {
    employees {
      id
      fullName
      email
      role
      position
      active
      version
    }
  }
`);

export const CreateEmployeeDocument = graphql(`
  mutation CreateEmployee($input: CreateEmployeeInput!) {
    createEmployee(input: $input) {
      id
      fullName
      email
      role
      position
      active
    }
  }
`);

export const UpdateEmployeeDocument = graphql(`
  mutation UpdateEmployee($input: UpdateEmployeeInput!) {
    updateEmployee(input: $input) {
      id
      fullName
      role
      position
      active
      version
    }
  }
`);

export const DeactivateEmployeeDocument = graphql(`
  mutation DeactivateEmployee($id: ID!) {
    deactivateEmployee(id: $id) {
      id
      active
    }
  }
`);

/** Owner only: a new password for a colleague; every token they hold stops working. */
export const ResetPasswordDocument = graphql(`
  mutation ResetPassword($employeeId: ID, $newPassword: String) {
    resetPassword(employeeId: $employeeId, newPassword: $newPassword) {
      id
      version
    }
  }
`);

const PEOPLE_CONTEXT = { additionalTypenames: ['Employee'] };

export function usePeople() {
  return useQuery({ query: PeopleListDocument, context: PEOPLE_CONTEXT });
}
