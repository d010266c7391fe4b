import { graphql } from '../../../gql';

/** What the register, the heat map and the edit dialog show of a risk. */
export const RiskFieldsFragment = graphql(`
  fragment RiskFields on Risk {
    id
    title
    description
    likelihood
    impact
    severity
    status
    owner
    mitigation
    version
    initiative {
      id
      key
      title
      teams {
        id
      }
      goals {
        id
      }
    }
    goal {
      id
      title
    }
  }
`);
