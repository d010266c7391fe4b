import { graphql } from '../../../gql';

export const RoadmapQuery = graphql(`
  query Roadmap($from: Date!, $to: Date!, $groupBy: RoadmapGroupBy, $filter: InitiativeFilter) {
    roadmap(from: $from, to: $to, groupBy: $groupBy, filter: $filter) {
      from
      to
      periods {
        label
        start
        end
      }
      lanes {
        key
        title
        initiatives {
          ...RoadmapBar
        }
      }
      dependencies {
        conflict
        dependent {
          id
        }
        blocker {
          id
        }
      }
    }
  }
`);
