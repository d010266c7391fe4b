import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

// Everyone who may appear as the actor of a change, for the "Who" filter.
export const AuditPeopleQuery = graphql(`
  query AuditPeople {
    users {
      id
      name
    }
  }
`);

export function useAuditPeople() {
  return useQuery(AuditPeopleQuery);
}
