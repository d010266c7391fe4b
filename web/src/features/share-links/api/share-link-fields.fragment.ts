import { graphql } from '../../../gql';

export const ShareLinkFields = graphql(`
  fragment ShareLinkFields on ShareLink {
    id
    view
    params
    url
    createdAt
    expiresAt
    revokedAt
    createdBy {
      id
      name
    }
  }
`);
