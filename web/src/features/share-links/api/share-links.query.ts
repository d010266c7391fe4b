import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

// The links the caller made; an ADMIN's answer holds everyone's.
export const ShareLinksQuery = graphql(`
  query ShareLinks {
    shareLinks {
      ...ShareLinkFields
    }
  }
`);

export function useShareLinks() {
  return useQuery(ShareLinksQuery);
}
