import { graphql } from '../../../gql';

/** What a bar on the roadmap needs; the drag mutation returns the same, so the cache updates it. */
export const RoadmapBarFragment = graphql(`
  fragment RoadmapBar on Initiative {
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
    leadTeam {
      id
      key
      name
    }
  }
`);
