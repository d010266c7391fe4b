import { graphql } from '../../../gql';

// `baseline` is asked only when comparing (`withBaseline`, with `baselineId` a baseline's id); a
// client that does not compare leaves both out (the skipped field never reads the empty id).
export const RoadmapQuery = graphql(`
  query Roadmap(
    $from: Date!
    $to: Date!
    $groupBy: RoadmapGroupBy
    $filter: InitiativeFilter
    $baselineId: ID! = ""
    $withBaseline: Boolean! = false
  ) {
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
