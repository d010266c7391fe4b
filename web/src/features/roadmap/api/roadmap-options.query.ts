import { graphql } from '../../../gql';

/** The teams and goals the roadmap's filters offer. */
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
  }
`);
