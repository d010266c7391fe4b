import { graphql } from '../../../gql';

/** The teams and goals the roadmap's filters offer, and whether there is any initiative at all. */
export const RoadmapOptionsQuery = graphql(`
  query RoadmapOptions {
    teams {
      id
      key
      name
    }
    goals {
      id
      title
    }
    initiatives(take: 1) {
      totalCount
    }
  }
`);
