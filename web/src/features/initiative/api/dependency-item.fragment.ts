import { graphql } from '../../../gql';

/** An initiative as the dependency lists show it, with the dates that make a schedule conflict. */
export const DependencyItemFragment = graphql(`
  fragment DependencyItem on Initiative {
    id
    key
    title
    status
    health
    startDate
    endDate
    externalKey
    leadTeam {
      id
      key
      name
    }
  }
`);
