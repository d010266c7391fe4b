import { graphql } from '../../../gql';

/** Moves or resizes a bar: new dates, with the version the user saw. */
export const RescheduleInitiativeMutation = graphql(`
  mutation RescheduleInitiative($input: UpdateInitiativeInput!) {
    updateInitiative(input: $input) {
      ...RoadmapBar
    }
  }
`);
