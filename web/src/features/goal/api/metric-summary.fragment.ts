import { graphql } from '../../../gql';

/** A metric as summaries show it: where it started, where it is, where it should get to. */
export const MetricSummaryFragment = graphql(`
  fragment MetricSummary on Metric {
    id
    name
    unit
    direction
    baseline
    target
    targetDate
    current
    progress
  }
`);
