import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const CreateRiskMutation = graphql(`
  mutation CreateRisk($input: CreateRiskInput!) {
    createRisk(input: $input) {
      ...RiskFields
    }
  }
`);

export function useCreateRisk() {
  return useMutation(CreateRiskMutation, {
    // The register and the risk lists of initiatives and goals reload with the new risk.
    update: (cache, { data }) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'risks' });
      const initiative = data?.createRisk.initiative;
      if (initiative) cache.evict({ id: cache.identify({ __typename: 'Initiative', id: initiative.id }), fieldName: 'risks' });
    },
  });
}
