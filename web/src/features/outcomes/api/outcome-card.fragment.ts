import { graphql } from '../../../gql';

/** What a verdict card draws: the windows, the observed days, the counterfactual, the effect. */
export const OutcomeCardFragment = graphql(`
  fragment OutcomeCard on Outcome {
    verdict
    trendFrom
    preFrom
    preTo
    postFrom
    postTo
    prePoints
    postPoints
    preDays
    settleDays
    postDays
    customWindows
    effect
    effectLow
    effectHigh
    shareOfGap
    explanation
    observed {
      date
      value
    }
    counterfactual {
      date
      value
    }
    metric {
      id
      name
      unit
      direction
      baseline
      target
    }
    overlapping {
      id
      key
      title
    }
  }
`);
