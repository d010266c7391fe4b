import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const RiskRegisterQuery = graphql(`
  query RiskRegister {
    risks {
      ...RiskFields
    }
    teams {
      id
      key
      name
    }
    goals {
      id
      title
    }
  }
`);

export function useRiskRegister() {
  return useQuery(RiskRegisterQuery);
}
