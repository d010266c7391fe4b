import { graphql } from '../../../gql';

/**
 * What a bar on the roadmap needs, but its lead team (the roadmap query asks it of its bars and
 * lists each team once): add a bar's fields here, then the roadmap query and the drag mutation
 * both have them.
 */
export const RoadmapBarFieldsFragment = graphql(`
  fragment RoadmapBarFields on Initiative {
    id
    key
    title
    status
    health
    startDate
    endDate
    progress
    version
    externalKey
    leadTeamId
  }
`);

/** A bar with its lead team, as the roadmap draws it; the drag mutation returns the same, so the cache updates it. */
export const RoadmapBarFragment = graphql(`
  fragment RoadmapBar on Initiative {
    ...RoadmapBarFields
    leadTeam {
      id
      key
      name
    }
  }
`);
