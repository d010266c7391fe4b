import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const UsersQuery = graphql(`
  query Users {
    users {
      ...UserFields
    }
  }
`);

export function useUsers() {
  return useQuery(UsersQuery);
}
