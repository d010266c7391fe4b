import { graphql } from '../../../gql';

/** A decision in a list: the decisions page, an initiative's or a goal's panel. */
export const DecisionSummaryFragment = graphql(`
  fragment DecisionSummary on Decision {
    id
    number
    title
    status
    decidedOn
    deciders
  }
`);

/** Everything a decision's page shows and edits. */
export const DecisionFieldsFragment = graphql(`
  fragment DecisionFields on Decision {
    ...DecisionSummary
    context
    decision
    consequences
    version
    supersededBy {
      id
      number
      title
    }
    supersedes {
      id
      number
      title
    }
    initiatives {
      id
      key
      title
    }
    goals {
      id
      title
    }
  }
`);
