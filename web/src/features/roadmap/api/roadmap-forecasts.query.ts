import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

/**
 * The forecast ghosts of the roadmap's window: the work forecast off its plan, with its forecast
 * dates. Apart from the Roadmap query (which stays compact), asked only while the ghosts are shown.
 * Not part of a shared view.
 */
export const RoadmapForecastsQuery = graphql(`
  query RoadmapForecasts($from: Date!, $to: Date!) {
    forecastSlips(from: $from, to: $to) {
      id
      forecast {
        startDate
        endDate
        slipDays
      }
    }
  }
`);

export function useRoadmapForecasts(from: string, to: string, skip: boolean) {
  return useQuery(RoadmapForecastsQuery, { variables: { from, to }, skip });
}

/** Which work in progress needs an update, to mark its bar. */
export const RoadmapStaleQuery = graphql(`
  query RoadmapStale {
    staleInitiatives {
      id
    }
  }
`);

export function useRoadmapStale() {
  return useQuery(RoadmapStaleQuery);
}
