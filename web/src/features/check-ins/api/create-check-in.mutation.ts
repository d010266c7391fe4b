import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const CreateCheckInMutation = graphql(`
  mutation CreateCheckIn($input: CreateCheckInInput!) {
    createCheckIn(input: $input) {
      id
      initiative {
        id
        health
        version
      }
    }
  }
`);

export function useCreateCheckIn() {
  // A new expected end moves the forecasts of everything downstream, and the goals they serve:
  // every query on screen reloads.
  return useMutation(CreateCheckInMutation, { refetchQueries: 'active' });
}
