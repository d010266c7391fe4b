import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const CreateShareLinkMutation = graphql(`
  mutation CreateShareLink($input: CreateShareLinkInput!) {
    createShareLink(input: $input) {
      ...ShareLinkFields
    }
  }
`);

export function useCreateShareLink() {
  return useMutation(CreateShareLinkMutation, {
    // The list shows the link without its secret: read it again rather than keep this answer's url.
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'shareLinks' });
    },
  });
}
