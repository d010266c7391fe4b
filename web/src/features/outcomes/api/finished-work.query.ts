import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

/** Work finished in a period, with its verdicts: the Outcomes page (no chart series). */
export const FinishedWorkQuery = graphql(`
  query FinishedWork($from: Date!, $to: Date!) {
    outcomes(from: $from, to: $to) {
      verdict
      effect
      effectLow
      effectHigh
      shareOfGap
      explanation
      postTo
      metric {
        id
        name
        unit
      }
      initiative {
        id
        key
        title
        endDate
        leadTeam {
          id
          name
        }
        teams {
          id
          name
        }
        goals {
          id
          title
        }
      }
      overlapping {
        id
        key
      }
    }
  }
`);

export function useFinishedWork(from: string, to: string) {
  return useQuery(FinishedWorkQuery, { variables: { from, to } });
}
