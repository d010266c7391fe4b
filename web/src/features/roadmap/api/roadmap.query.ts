import { graphql } from '../../../gql';

// `baseline` is asked only when comparing (`withBaseline`); `baselineId` is then a baseline's id,
// and otherwise any string, never read (the field is not resolved when skipped).
export const RoadmapQuery = graphql(`
  query Roadmap($from: Date!, $to: Date!, $groupBy: RoadmapGroupBy, $filter: InitiativeFilter, $baselineId: ID!, $withBaseline: Boolean!) {
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
          baseline(id: $baselineId) @include(if: $withBaseline) {
            startDate
            endDate
          }
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
