import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const CreateMetricMutation = graphql(`
  mutation CreateMetric($input: CreateMetricInput!) {
    createMetric(input: $input) {
      ...MetricSummary
      goal {
        id
      }
    }
  }
`);

export function useCreateMetric() {
  return useMutation(CreateMetricMutation, {
    update: (cache, { data }) => {
      const goal = data?.createMetric.goal;
      if (goal) {
        const id = cache.identify({ __typename: 'Goal', id: goal.id });
        cache.evict({ id, fieldName: 'metrics' });
        cache.evict({ id, fieldName: 'progress' });
      }
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'goals' });
    },
  });
}
