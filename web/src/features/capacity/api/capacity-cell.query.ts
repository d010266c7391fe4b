import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

export const CapacityCellQuery = graphql(`
  query CapacityCell($from: Date!, $to: Date!, $teamId: ID!) {
    capacity(from: $from, to: $to, teamIds: [$teamId]) {
      teams {
        team {
          id
        }
        cells {
          period
          contributions {
            weeks
            proposed
            initiative {
              id
              key
              title
              status
              startDate
              endDate
              effortWeeks
            }
          }
        }
      }
    }
  }
`);

/** What makes up one team's load in one quarter, most weeks first. */
export function useCapacityCell(teamId: string, period: { start: string; end: string }) {
  const result = useQuery(CapacityCellQuery, { variables: { from: period.start, to: period.end, teamId }, fetchPolicy: 'network-only' });
  const contributions = result.data?.capacity.teams[0]?.cells[0]?.contributions ?? [];
  return { ...result, contributions };
}
