import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      email
      name
      role
    }
  }
`);

/**
 * The signed-in user, from the cache once the session gate has loaded it: every control that
 * asks "may I?" reads it here, and a role change elsewhere in the cache shows at once.
 */
export function useMe() {
  return useQuery(MeQuery, { fetchPolicy: 'cache-first' });
}
