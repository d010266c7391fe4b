import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

// A metric with its binding and pulls, and the sources it may be bound to.
export const MetricBindingQuery = graphql(`
  query MetricBinding($id: ID!) {
    metric(id: $id) {
      id
      name
      unit
      goal {
        id
        title
      }
      binding {
        query
        pullEveryMinutes
        lastPulledAt
        source {
          id
          name
          kind
        }
        runs(take: 20) {
          id
          status
          createdAt
          startedAt
          finishedAt
          points
          error
        }
      }
    }
    metricSources {
      id
      name
      kind
    }
  }
`);

export const PreviewMetricBindingQuery = graphql(`
  query PreviewMetricBinding($sourceId: ID!, $query: String!) {
    previewMetricBinding(sourceId: $sourceId, query: $query) {
      at
      value
    }
  }
`);

export const BindMetricMutation = graphql(`
  mutation BindMetric($input: BindMetricInput!) {
    bindMetric(input: $input) {
      id
    }
  }
`);

export const UnbindMetricMutation = graphql(`
  mutation UnbindMetric($metricId: ID!) {
    unbindMetric(metricId: $metricId) {
      id
    }
  }
`);

export const PullMetricMutation = graphql(`
  mutation PullMetric($metricId: ID!) {
    pullMetric(metricId: $metricId) {
      id
      status
    }
  }
`);

export function useMetricBinding(id: string) {
  return useQuery(MetricBindingQuery, { variables: { id } });
}

export function usePreviewMetricBinding() {
  return useLazyQuery(PreviewMetricBindingQuery, { fetchPolicy: 'network-only' });
}

const refetch = { refetchQueries: ['MetricBinding'], awaitRefetchQueries: true };

export function useBindMetric() {
  return useMutation(BindMetricMutation, refetch);
}

export function useUnbindMetric() {
  return useMutation(UnbindMetricMutation, refetch);
}

export function usePullMetric() {
  return useMutation(PullMetricMutation, refetch);
}
