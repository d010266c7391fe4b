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

/** After a new value the metric's series, current value and progress, and its goal's, are stale. */
export function useRecordMeasurement(metricId: string, goalId: string | null) {
  return useMutation(RecordMeasurementMutation, {
    update: (cache) => {
      const metric = cache.identify({ __typename: 'Metric', id: metricId });
      for (const fieldName of ['measurements', 'current', 'progress']) cache.evict({ id: metric, fieldName });
      if (goalId) cache.evict({ id: cache.identify({ __typename: 'Goal', id: goalId }), fieldName: 'progress' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'alignment' });
    },
  });
}
