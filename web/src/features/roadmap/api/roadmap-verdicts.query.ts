import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { graphql } from '../../../gql';
import { toInitiativeFilter } from '../model/filters';
import type { RoadmapView } from '../model/view-state';

/**
 * The verdicts of work done that ended in the roadmap's window, for the badges on done bars.
 * Apart from the Roadmap query (which stays compact for thousands of bars): only done work is
 * judged, and the bars do not wait for it. A shared roadmap sends it too, with its link's window
 * and filter and without the metrics (`withMetrics` false): the verdicts of its own bars, nothing more.
 */
export const RoadmapVerdictsQuery = graphql(`
  query RoadmapVerdicts($from: Date!, $to: Date!, $filter: InitiativeFilter, $withMetrics: Boolean!) {
    outcomes(from: $from, to: $to, filter: $filter) {
      verdict
      initiative {
        id
      }
      metric @include(if: $withMetrics) {
        id
        name
      }
    }
  }
`);

/**
 * For the view's window and filter, as useRoadmap asks the roadmap (a share link pins both alike).
 * Not normalised into the cache: a year of 20,000 initiatives holds thousands of verdicts
 * (800 KiB), and writing them into the cache took most of a second (two under load), mostly
 * while the roadmap was already being scrolled. The badges read them here only.
 */
export function useRoadmapVerdicts(view: RoadmapView, withMetrics: boolean) {
  const variables = useMemo(() => ({ from: view.from, to: view.to, filter: toInitiativeFilter(view), withMetrics }), [view, withMetrics]);
  return useQuery(RoadmapVerdictsQuery, { variables, fetchPolicy: 'no-cache' });
}
