import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const RevokeShareLinkMutation = graphql(`
  mutation RevokeShareLink($id: ID!) {
    revokeShareLink(id: $id)
  }
`);

export function useRevokeShareLink() {
  return useMutation(RevokeShareLinkMutation, {
    // A revoked link stays listed, marked revoked.
    refetchQueries: ['ShareLinks'],
  });
}
