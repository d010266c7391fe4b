import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { evictDependencies } from './evict-dependencies';

export const AddDependencyMutation = graphql(`
  mutation AddDependency($initiativeId: ID!, $dependsOnId: ID!) {
    addDependency(initiativeId: $initiativeId, dependsOnId: $dependsOnId) {
      id
    }
  }
`);

export function useAddDependency() {
  return useMutation(AddDependencyMutation, {
    update: (cache, _result, { variables }) => variables && evictDependencies(cache, [variables.initiativeId, variables.dependsOnId]),
  });
}
