import { graphql } from '../../../gql';

export const AlignedInitiativeFragment = graphql(`
  fragment AlignedInitiative on Initiative {
    id
    key
    title
    status
    health
    startDate
    endDate
    effortWeeks
    leadTeam {
      id
      key
      name
    }
  }
`);
