import { graphql } from '../../../gql';

export const SetOutcomeWindowsMutation = graphql(`
  mutation SetOutcomeWindows($input: SetOutcomeWindowsInput!) {
    setOutcomeWindows(input: $input) {
      ...OutcomeCard
      initiative {
        id
        version
      }
    }
  }
`);
