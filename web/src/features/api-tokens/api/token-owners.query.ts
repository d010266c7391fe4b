import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

// Whom an ADMIN may make a token for: themselves or a service account (any active user).
export const TokenOwnersQuery = graphql(`
  query TokenOwners {
    users {
      id
      name
      active
    }
  }
`);

export function useTokenOwners(skip: boolean) {
  return useQuery(TokenOwnersQuery, { skip });
}
