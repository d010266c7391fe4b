import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

/**
 * The verdicts of work done that ended in the roadmap's window, for the badges on done bars.
 * Apart from the Roadmap query (which stays compact for thousands of bars): only done work is
 * judged, and the bars do not wait for it. Not part of a shared view.
 */
export const RoadmapVerdictsQuery = graphql(`
  query RoadmapVerdicts($from: Date!, $to: Date!) {
    outcomes(from: $from, to: $to) {
      verdict
      initiative {
        id
      }
      metric {
        id
        name
      }
    }
  }
`);

export function useRoadmapVerdicts(from: string, to: string) {
  return useQuery(RoadmapVerdictsQuery, { variables: { from, to } });
}
