import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const RecordMeasurementMutation = graphql(`
  mutation RecordMeasurement($input: RecordMeasurementInput!) {
    recordMeasurement(input: $input) {
      id
      value
      recordedAt
    }
  }
`);

/** After new values the metric's series, current value and progress, and its goal's, are stale; so are the verdicts. */
export function evictMeasured(cache: ApolloCache, metricId: string, goalId: string | null): void {
  const metric = cache.identify({ __typename: 'Metric', id: metricId });
  for (const fieldName of ['measurements', 'current', 'progress']) cache.evict({ id: metric, fieldName });
  if (goalId) cache.evict({ id: cache.identify({ __typename: 'Goal', id: goalId }), fieldName: 'progress' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'alignment' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'outcomes' });
}

export function useRecordMeasurement(metricId: string, goalId: string | null) {
  return useMutation(RecordMeasurementMutation, { update: (cache) => evictMeasured(cache, metricId, goalId) });
}
