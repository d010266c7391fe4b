import { MetricDirection, parseIsoDate } from '@throughline/shared';
import { DailySeries, epochDay, indexRange, isoDateOfDay, measurementCount, toDailySeries } from './daily-series';
import { EffectEstimate, estimateEffect } from './effect-interval';
import { explain, Judgement } from './explanation';
import { MIN_POINTS_PER_WINDOW, resolveWindows } from './outcome-windows';
import {
  CounterfactualPoint,
  MeasurementPoint,
  OutcomeMetric,
  OutcomeVerdict,
  OutcomeVerdictResult,
  WindowOverrides,
} from './outcome-verdict.types';
import { fitTrendModel, predict, TrendModel } from './trend-model';

export interface OutcomeVerdictInput {
  metric: OutcomeMetric;
  /** Raw measurements, in any order, or the metric's series already built by toDailySeries. */
  measurements: readonly MeasurementPoint[] | DailySeries;
  workStart: string;
  workEnd: string;
  today: string;
  windows?: WindowOverrides;
}

const dayOf = (iso: string): number => epochDay(parseIsoDate(iso));

/** The verdict on one (done initiative, metric) pair; NOT_DONE is the caller's to say. */
export function computeOutcomeVerdict(input: OutcomeVerdictInput): OutcomeVerdictResult {
  const { metric } = input;
  const series = 'days' in input.measurements ? input.measurements : toDailySeries(input.measurements);
  const windows = resolveWindows(input.workStart, input.workEnd, input.windows);
  const [trendFrom, preFrom, preTo, postFrom, postTo] = [
    windows.trendFrom,
    windows.preFrom,
    windows.preTo,
    windows.postFrom,
    windows.postTo,
  ].map(dayOf);
  const post = indexRange(series, postFrom, postTo);
  const points = { pre: measurementCount(series, indexRange(series, preFrom, preTo)), post: measurementCount(series, post) };
  const model = points.pre >= MIN_POINTS_PER_WINDOW ? fitTrendModel(series, ...indexRange(series, trendFrom, preTo)) : null;

  const verifying = dayOf(input.today) <= postTo;
  const estimate = !verifying && model && points.post >= MIN_POINTS_PER_WINDOW ? estimateEffect(model, series, post) : null;
  const judged = judgement(metric, verifying, estimate);
  return {
    ...windows,
    verdict: judged.verdict,
    prePoints: points.pre,
    postPoints: points.post,
    effect: judged.effect,
    effectLow: judged.low,
    effectHigh: judged.high,
    shareOfGap: judged.shareOfGap,
    explanation: explain(metric, windows, points, judged),
    counterfactual: model ? counterfactual(model, preFrom, postTo) : [],
    model: model && estimate ? summary(model, estimate) : null,
  };
}

function judgement(metric: OutcomeMetric, verifying: boolean, estimate: EffectEstimate | null): Judgement {
  if (verifying || !estimate) {
    const verdict = verifying ? 'VERIFYING' : 'NOT_ENOUGH_DATA';
    return { verdict, effect: null, low: null, high: null, shareOfGap: null };
  }
  const gap = metric.target - metric.baseline;
  return {
    verdict: judge(metric.direction, estimate),
    effect: estimate.effect,
    low: estimate.low,
    high: estimate.high,
    shareOfGap: gap === 0 ? null : estimate.effect / gap,
  };
}

/** IMPROVED / WORSENED only when the whole 95% interval lies on one side of zero. */
function judge(direction: MetricDirection, { low, high }: EffectEstimate): OutcomeVerdict {
  const good = direction === MetricDirection.INCREASE ? 1 : -1;
  if (low > 0) return good > 0 ? 'IMPROVED' : 'WORSENED';
  if (high < 0) return good < 0 ? 'IMPROVED' : 'WORSENED';
  return 'NO_CLEAR_EFFECT';
}

function counterfactual(model: TrendModel, fromDay: number, toDay: number): CounterfactualPoint[] {
  const row = new Float64Array(model.p);
  const points: CounterfactualPoint[] = [];
  for (let day = fromDay; day <= toDay; day++) points.push({ date: isoDateOfDay(day), value: predict(model, day, row) });
  return points;
}

function summary(model: TrendModel, estimate: EffectEstimate): OutcomeVerdictResult['model'] {
  return {
    trendDays: model.days.length,
    dayOfWeek: model.dayOfWeek,
    slopePerWeek: model.beta[1],
    autocorrelation: estimate.autocorrelation,
    standardError: estimate.standardError,
    degreesOfFreedom: estimate.degreesOfFreedom,
  };
}
