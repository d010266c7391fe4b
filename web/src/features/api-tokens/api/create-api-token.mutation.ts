import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        ...ApiTokenFields
      }
    }
  }
`);

export function useCreateApiToken() {
  return useMutation(CreateApiTokenMutation, {
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'apiTokens' });
    },
  });
}
