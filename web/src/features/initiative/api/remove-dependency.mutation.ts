import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { evictDependencies } from './evict-dependencies';

export const RemoveDependencyMutation = graphql(`
  mutation RemoveDependency($initiativeId: ID!, $dependsOnId: ID!) {
    removeDependency(initiativeId: $initiativeId, dependsOnId: $dependsOnId) {
      id
    }
  }
`);

export function useRemoveDependency() {
  return useMutation(RemoveDependencyMutation, {
    update: (cache, _result, { variables }) => variables && evictDependencies(cache, [variables.initiativeId, variables.dependsOnId]),
  });
}
