import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { evictMeasured } from './record-measurement.mutation';

export const RecordMeasurementsMutation = graphql(`
  mutation RecordMeasurements($metricId: ID!, $points: [MeasurementPointInput!]!) {
    recordMeasurements(metricId: $metricId, points: $points)
  }
`);

/** A batch upsert (a CSV upload): all or nothing, the same stale fields as one value. */
export function useRecordMeasurements(metricId: string, goalId: string | null) {
  return useMutation(RecordMeasurementsMutation, { update: (cache) => evictMeasured(cache, metricId, goalId) });
}
