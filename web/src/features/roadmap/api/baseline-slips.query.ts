import { graphql } from '../../../gql';

/** The initiatives whose end slipped furthest since a baseline, among those the roadmap's filter selects. */
export const BaselineSlipsQuery = graphql(`
  query BaselineSlips($id: ID!, $first: Int!, $filter: InitiativeFilter) {
    baseline(id: $id) {
      id
      name
      biggestSlips(first: $first, filter: $filter) {
        id
        key
        title
        endDate
        baseline(id: $id) {
          endDate
          slipDays
        }
      }
    }
  }
`);
