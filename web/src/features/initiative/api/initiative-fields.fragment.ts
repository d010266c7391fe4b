import { graphql } from '../../../gql';

/** Every field the initiative form edits; the update mutation returns the same. */
export const InitiativeFieldsFragment = graphql(`
  fragment InitiativeFields on Initiative {
    id
    key
    title
    description
    status
    health
    startDate
    endDate
    owner
    effortWeeks
    version
    externalKey
    externalUrl
    progress
    leadTeam {
      id
      key
      name
    }
    teams {
      id
      key
      name
    }
    goals {
      id
      title
    }
    metrics {
      id
      name
      unit
    }
  }
`);
