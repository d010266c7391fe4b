import { MetricDirection } from '@throughline/shared';

/** The contract's OutcomeVerdict, less NOT_DONE, which the caller decides from the initiative's status. */
export type OutcomeVerdict = 'VERIFYING' | 'IMPROVED' | 'NO_CLEAR_EFFECT' | 'WORSENED' | 'NOT_ENOUGH_DATA';

export interface OutcomeMetric {
  name: string;
  unit: string;
  direction: MetricDirection;
  baseline: number;
  target: number;
}

export interface MeasurementPoint {
  at: Date;
  value: number;
}

/** Per initiative-metric link; every date ISO (YYYY-MM-DD), UTC, inclusive. */
export interface WindowOverrides {
  preFrom?: string;
  preTo?: string;
  postFrom?: string;
  postTo?: string;
}

/** Resolved windows, ISO dates, inclusive. The trend is learnt on [trendFrom, preTo]. */
export interface OutcomeWindows {
  trendFrom: string;
  preFrom: string;
  preTo: string;
  postFrom: string;
  postTo: string;
}

export interface CounterfactualPoint {
  date: string;
  value: number;
}

/** What the fit found, for the chart's tooltip, the doc's figures and the tests. */
export interface OutcomeModelSummary {
  trendDays: number;
  dayOfWeek: boolean;
  slopePerWeek: number;
  autocorrelation: number;
  standardError: number;
  degreesOfFreedom: number;
}

export interface OutcomeVerdictResult extends OutcomeWindows {
  verdict: OutcomeVerdict;
  prePoints: number;
  postPoints: number;
  /** Mean over the post window of (observed - counterfactual), in the metric's unit. */
  effect: number | null;
  effectLow: number | null;
  effectHigh: number | null;
  /** effect / (target - baseline); null when target equals baseline or there is no effect. */
  shareOfGap: number | null;
  explanation: string;
  /** The model's expectation without the work, one point a day from preFrom to postTo. */
  counterfactual: CounterfactualPoint[];
  model: OutcomeModelSummary | null;
}
