import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';

/**
 * The verdicts of work done that ended in the alignment's window: how much finished work per goal
 * was verified. Apart from AlignmentOverview (a shared view's document, left as it is): a shared
 * alignment shows no verification line.
 */
export const AlignmentVerdictsQuery = graphql(`
  query AlignmentVerdicts($from: Date!, $to: Date!) {
    outcomes(from: $from, to: $to) {
      verdict
      initiative {
        id
      }
    }
  }
`);

export function useAlignmentVerdicts(from: string, to: string) {
  return useQuery(AlignmentVerdictsQuery, { variables: { from, to }, skip: !from || !to });
}
