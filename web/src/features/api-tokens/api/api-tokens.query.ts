import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

// The caller's own tokens; an ADMIN's answer holds everyone's.
export const ApiTokensQuery = graphql(`
  query ApiTokens {
    apiTokens {
      ...ApiTokenFields
    }
  }
`);

export function useApiTokens() {
  return useQuery(ApiTokensQuery);
}
