import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id)
  }
`);

export function useRevokeApiToken() {
  return useMutation(RevokeApiTokenMutation, {
    // A revoked token is gone from every list.
    update: (cache, _result, { variables }) => {
      if (variables) cache.evict({ id: cache.identify({ __typename: 'ApiToken', id: variables.id }) });
      cache.gc();
    },
  });
}
