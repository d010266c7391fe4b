import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const MetricSourceFieldsFragment = graphql(`
  fragment MetricSourceFields on MetricSource {
    id
    name
    kind
    baseUrl
    accountId
    credentialsGiven
  }
`);

export const MetricSourcesQuery = graphql(`
  query MetricSources {
    metricSources {
      ...MetricSourceFields
    }
  }
`);

export const CreateMetricSourceMutation = graphql(`
  mutation CreateMetricSource($input: CreateMetricSourceInput!) {
    createMetricSource(input: $input) {
      ...MetricSourceFields
    }
  }
`);

export const UpdateMetricSourceMutation = graphql(`
  mutation UpdateMetricSource($input: UpdateMetricSourceInput!) {
    updateMetricSource(input: $input) {
      ...MetricSourceFields
    }
  }
`);

export const DeleteMetricSourceMutation = graphql(`
  mutation DeleteMetricSource($id: ID!) {
    deleteMetricSource(id: $id)
  }
`);

export function useMetricSources() {
  return useQuery(MetricSourcesQuery);
}

export function useCreateMetricSource() {
  return useMutation(CreateMetricSourceMutation, { refetchQueries: ['MetricSources'] });
}

export function useUpdateMetricSource() {
  return useMutation(UpdateMetricSourceMutation, { refetchQueries: ['MetricSources'] });
}

export function useDeleteMetricSource() {
  return useMutation(DeleteMetricSourceMutation, { refetchQueries: ['MetricSources'] });
}
