import DataLoader from 'dataloader';
import { InitiativeStatus, todayIso } from '@throughline/shared';
import { DomainError } from '../common/domain-error';
import { InitiativeEntity } from '../initiative/initiative.entity';
import { MeasurementEntity } from '../metric/measurement.entity';
import { MeasurementWindow } from '../metric/metric.loaders';
import { MetricEntity } from '../metric/metric.entity';
import { computeOutcomeVerdict } from './verdict/compute-outcome-verdict';
import { DailySeries, toDailySeries } from './verdict/daily-series';
import type { MetricLinkWindows } from '../initiative/initiative-store';
import { dailyPoints } from './windows/daily-points';
import { effectiveLengths, isOverridden, NO_OVERRIDES, windowOverrides } from './windows/link-windows';
import { LinkWindowsByInitiative } from './windows/link-windows.loader';
import { OutcomeWindowError, resolveWindows } from './verdict/outcome-windows';
import { overlappingWork } from './verdict/overlapping-work';
import { OutcomeModel, OutcomeVerdictValue } from './outcome.model';

/** The other features' loaders an outcome is made from, from the same request. */
export interface OutcomeSourceLoaders {
  metric: DataLoader<string, MetricEntity | null>;
  initiativesOfMetric: DataLoader<string, InitiativeEntity[]>;
  measurements: DataLoader<MeasurementWindow, MeasurementEntity[], string>;
  /** Per metric, its links' own outcome windows. */
  linkWindows: DataLoader<string, LinkWindowsByInitiative>;
}

type Dated = InitiativeEntity & { startDate: string; endDate: string };

const isDated = (initiative: InitiativeEntity): initiative is Dated => Boolean(initiative.startDate && initiative.endDate);
const isDoneAndDated = (initiative: InitiativeEntity): initiative is Dated =>
  initiative.status === InitiativeStatus.DONE && isDated(initiative);

/** The module's window errors are the client's to fix (BAD_USER_INPUT at the field), never a crash. */
function windowsOrBadInput<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof OutcomeWindowError) throw DomainError.badInput(error.field, error.message);
    throw error;
  }
}

/** What every outcome of a link carries, judged or not: its window lengths. */
function linkFields(link: MetricLinkWindows) {
  return { ...effectiveLengths(link), customWindows: isOverridden(link) };
}

function unjudged(
  initiative: InitiativeEntity,
  metric: MetricEntity,
  link: MetricLinkWindows,
  verdict: OutcomeVerdictValue,
  explanation: string,
): OutcomeModel {
  const windows = isDated(initiative)
    ? windowsOrBadInput(() =>
        resolveWindows(initiative.startDate, initiative.endDate, windowOverrides(initiative.startDate, initiative.endDate, link)),
      )
    : null;
  return {
    initiativeId: initiative.id,
    metricId: metric.id,
    overlappingIds: [],
    verdict,
    trendFrom: windows?.trendFrom ?? null,
    preFrom: windows?.preFrom ?? null,
    preTo: windows?.preTo ?? null,
    postFrom: windows?.postFrom ?? null,
    postTo: windows?.postTo ?? null,
    effect: null,
    effectLow: null,
    effectHigh: null,
    shareOfGap: null,
    explanation,
    prePoints: null,
    postPoints: null,
    ...linkFields(link),
    observed: [],
    counterfactual: [],
  };
}

function judged(initiative: Dated, metric: MetricEntity, link: MetricLinkWindows, series: DailySeries, today: string): OutcomeModel {
  const { startDate: workStart, endDate: workEnd } = initiative;
  const result = windowsOrBadInput(() =>
    computeOutcomeVerdict({
      metric,
      measurements: series,
      workStart,
      workEnd,
      today,
      windows: windowOverrides(workStart, workEnd, link),
    }),
  );
  return {
    initiativeId: initiative.id,
    metricId: metric.id,
    overlappingIds: [],
    verdict: result.verdict as OutcomeVerdictValue,
    trendFrom: result.trendFrom,
    preFrom: result.preFrom,
    preTo: result.preTo,
    postFrom: result.postFrom,
    postTo: result.postTo,
    effect: result.effect,
    effectLow: result.effectLow,
    effectHigh: result.effectHigh,
    shareOfGap: result.shareOfGap,
    explanation: result.explanation,
    prePoints: result.prePoints,
    postPoints: result.postPoints,
    ...linkFields(link),
    observed: dailyPoints(series, result.trendFrom, result.postTo),
    counterfactual: result.counterfactual,
  };
}

/** The outcome of every initiative meant to move `metric`, done or not; overlapping done work named. */
function outcomesOf(
  metric: MetricEntity,
  initiatives: InitiativeEntity[],
  links: LinkWindowsByInitiative,
  series: DailySeries | null,
  today: string,
): OutcomeModel[] {
  const outcomes = initiatives.map((initiative) => {
    const link = links.get(initiative.id) ?? NO_OVERRIDES;
    if (initiative.status !== InitiativeStatus.DONE) {
      return unjudged(
        initiative,
        metric,
        link,
        OutcomeVerdictValue.NOT_DONE,
        `The work is not done yet: its effect on ${metric.name} is judged once it is.`,
      );
    }
    if (!isDated(initiative) || !series) {
      return unjudged(
        initiative,
        metric,
        link,
        OutcomeVerdictValue.NOT_ENOUGH_DATA,
        `The work has no start and end dates, so there is no before and after to compare on ${metric.name}.`,
      );
    }
    return judged(initiative, metric, link, series, today);
  });
  const overlapping = overlappingWork(
    outcomes
      .filter((outcome) => outcome.preFrom && outcome.verdict !== OutcomeVerdictValue.NOT_DONE && outcome.postTo)
      .map((outcome) => ({ initiativeId: outcome.initiativeId, preFrom: outcome.preFrom!, postTo: outcome.postTo! })),
  );
  return outcomes.map((outcome) => ({ ...outcome, overlappingIds: overlapping.get(outcome.initiativeId) ?? [] }));
}

/**
 * Outcomes per metric for one request: each metric's measurements are loaded once (batched with
 * the other metrics of the request) and turned into its daily series once, for all its initiatives.
 */
export function createOutcomeLoaders(sources: OutcomeSourceLoaders, now: () => Date = () => new Date()) {
  const outcomesOfMetric = new DataLoader<string, OutcomeModel[]>(async (metricIds) => {
    const today = todayIso(now());
    // In phases, so that each source answers the whole batch with one query.
    const [metrics, initiatives, links] = await Promise.all([
      sources.metric.loadMany(metricIds),
      sources.initiativesOfMetric.loadMany(metricIds),
      sources.linkWindows.loadMany(metricIds),
    ]);
    const needsSeries = metricIds.map((_, i) =>
      (initiatives[i] instanceof Error ? [] : (initiatives[i] as InitiativeEntity[])).some(isDoneAndDated),
    );
    const measured = await sources.measurements.loadMany(
      metricIds.filter((_, i) => needsSeries[i]).map((metricId) => ({ metricId, from: null, to: null })),
    );
    let next = 0;
    return metricIds.map((_, i) => {
      const metric = metrics[i];
      const linked = initiatives[i];
      const windows = links[i];
      if (metric instanceof Error) return metric;
      if (linked instanceof Error) return linked;
      if (windows instanceof Error) return windows;
      if (!metric) return [];
      const rows = needsSeries[i] ? measured[next++] : [];
      if (rows instanceof Error) return rows;
      const series = needsSeries[i] ? toDailySeries(rows.map((row) => ({ at: row.recordedAt, value: row.value }))) : null;
      return outcomesOf(metric, linked, windows, series, today);
    });
  });
  return { outcomesOfMetric };
}
