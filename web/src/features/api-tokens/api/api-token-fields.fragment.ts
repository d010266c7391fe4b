import { graphql } from '../../../gql';

export const ApiTokenFields = graphql(`
  fragment ApiTokenFields on ApiToken {
    id
    name
    role
    prefix
    createdAt
    expiresAt
    lastUsedAt
    owner {
      id
      name
    }
  }
`);
