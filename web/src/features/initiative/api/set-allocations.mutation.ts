import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const SetAllocationsMutation = graphql(`
  mutation SetAllocations($initiativeId: ID!, $version: Int!, $allocations: [AllocationInput!]!) {
    setAllocations(initiativeId: $initiativeId, version: $version, allocations: $allocations) {
      id
      version
      allocations {
        share
        team {
          id
          name
        }
      }
    }
  }
`);

export function useSetAllocations() {
  // The split moves the capacity plan's load; those views reload when next shown.
  return useMutation(SetAllocationsMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'capacity' });
    },
  });
}
