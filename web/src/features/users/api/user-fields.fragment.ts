import { graphql } from '../../../gql';

export const UserFields = graphql(`
  fragment UserFields on User {
    id
    email
    name
    role
    active
    createdAt
    lastSeenAt
  }
`);
