import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

// The answer updates the user in the normalised cache: the table, and `me` when it is oneself.
export const UpdateUserMutation = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      ...UserFields
    }
  }
`);

export function useUpdateUser() {
  return useMutation(UpdateUserMutation);
}
