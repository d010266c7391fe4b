import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const UpdateRiskMutation = graphql(`
  mutation UpdateRisk($input: UpdateRiskInput!) {
    updateRisk(input: $input) {
      ...RiskFields
    }
  }
`);

export function useUpdateRisk() {
  return useMutation(UpdateRiskMutation);
}
