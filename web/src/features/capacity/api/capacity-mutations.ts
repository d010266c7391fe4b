import { graphql } from '../../../gql';

export const SetTeamCapacityMutation = graphql(`
  mutation SetTeamCapacity($teamId: ID!, $period: String!, $weeks: Float) {
    setTeamCapacity(teamId: $teamId, period: $period, weeks: $weeks) {
      id
    }
  }
`);

export const CopyCapacityForwardMutation = graphql(`
  mutation CopyCapacityForward($period: String!, $overwrite: Boolean) {
    copyCapacityForward(period: $period, overwrite: $overwrite) {
      id
    }
  }
`);
