import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user {
        ...UserFields
      }
      setPasswordUrl
    }
  }
`);

export function useCreateUser() {
  return useMutation(CreateUserMutation, {
    // Every list of users (this page, owners of tokens, people in the audit filter) reloads.
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'users' });
    },
  });
}
