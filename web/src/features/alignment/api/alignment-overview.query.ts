import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const AlignmentOverviewQuery = graphql(`
  query AlignmentOverview($from: Date!, $to: Date!, $since: DateTime, $until: DateTime) {
    alignment(from: $from, to: $to) {
      alignedShare
      effortWeighted
      goals {
        depth
        effortWeeks
        goal {
          id
          title
          owner
          targetDate
          progress
          forecast {
            atRisk
            slipDays
            causes {
              ...ForecastCause
            }
          }
          metrics {
            ...MetricSummary
            measurements(from: $since, to: $until) {
              id
              value
              recordedAt
            }
          }
        }
        initiatives {
          ...AlignedInitiative
        }
      }
      unaligned {
        ...AlignedInitiative
      }
      effortMatrix {
        effortWeeks
        initiativeCount
        team {
          id
          key
          name
        }
        goal {
          id
          title
        }
      }
      teams {
        initiativeCount
        alignedCount
        effortWeeks
        alignedEffortWeeks
        alignedShare
        team {
          id
          key
          name
        }
      }
    }
  }
`);

export function useAlignmentOverview(window: { start: string; end: string } | null) {
  return useQuery(AlignmentOverviewQuery, {
    variables: window
      ? { from: window.start, to: window.end, since: `${window.start}T00:00:00.000Z`, until: `${window.end}T23:59:59.999Z` }
      : { from: '', to: '' },
    skip: !window,
  });
}
