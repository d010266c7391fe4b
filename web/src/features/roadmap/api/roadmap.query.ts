import { graphql } from '../../../gql';

// The compact shape: each initiative once (`bars`), lanes and dependencies as positions in it, each
// lead team once; expand-roadmap.ts rebuilds lanes of bars from it (half the bytes of lanes of
// initiatives, and far less for the server to resolve).
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
        barIndexes
      }
      bars {
        ...RoadmapBarFields
        baseline(id: $baselineId) @include(if: $withBaseline) {
          startDate
          endDate
        }
      }
      leadTeams {
        id
        key
        name
      }
      dependencyIndexes
    }
  }
`);
