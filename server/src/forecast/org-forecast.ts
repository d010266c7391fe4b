import { InitiativeStatus } from '@throughline/shared';
import { DependencyGraph } from '../initiative/dependency-graph';
import { blockerEndsAfterStart, firstDayOf, lastDayOf } from '../roadmap/schedule-conflict';
import { daysFrom, plusDays } from './day-numbers';

/** What the forecast reads of one initiative. */
export interface ScheduledWork {
  id: string;
  key: string;
  status: InitiativeStatus;
  startDate: string | null;
  endDate: string | null;
  /** The expectedEndDate of its latest check-in that set one. */
  expectedEndDate: string | null;
}

export interface WorkForecast {
  startDate: string | null;
  endDate: string | null;
  slipDays: number;
  /** The blocker whose forecast end decided this one's start; null when none pushes it. */
  pushedBy: string | null;
}

const SETTLED = new Set([InitiativeStatus.DONE, InitiativeStatus.CANCELLED]);

/** Done and cancelled work forecasts as it is; undated work has nothing to push from. */
function pushesNothing(work: ScheduledWork): boolean {
  return SETTLED.has(work.status) || (work.startDate === null && work.endDate === null);
}

/**
 * Every initiative's forecast, carried through the dependency graph in one pass in topological
 * order (the contract's rules, "Planning a quarter"): a blocker whose forecast end is after a
 * dependent's start (the roadmap's conflict rule) moves the dependent's start to that end, its
 * duration kept; of several, the latest-ending decides.
 */
export class OrgForecast {
  private readonly forecasts = new Map<string, WorkForecast>();

  constructor(
    private readonly work: Map<string, ScheduledWork>,
    /** The whole org's dependencies, for what else follows them (inherited risks). */
    readonly graph: DependencyGraph,
  ) {
    for (const id of graph.topologicalOrder(work.keys())) this.forecasts.set(id, this.forecastOf(work.get(id)!, graph));
  }

  of(id: string): WorkForecast | undefined {
    return this.forecasts.get(id);
  }

  /** The chain that pushes `id`, first cause first, `id` itself not included; empty when nothing pushes it. */
  causesOf(id: string): string[] {
    const chain: string[] = [];
    for (let cause = this.forecasts.get(id)?.pushedBy; cause; cause = this.forecasts.get(cause)?.pushedBy) chain.unshift(cause);
    return chain;
  }

  /**
   * The initiatives whose forecast differs from their plan (pushed, or expected to end on another
   * day) and whose plan or forecast overlaps [from, to], by id.
   */
  movedWithin(from: string, to: string): string[] {
    const moved: string[] = [];
    for (const [id, forecast] of this.forecasts) {
      const work = this.work.get(id)!;
      if (forecast.pushedBy === null && forecast.endDate === (work.endDate ?? work.startDate)) continue;
      const overlaps = (first: string | null, last: string | null) => first !== null && last !== null && first <= to && last >= from;
      const planned = { startDate: work.startDate, endDate: work.endDate };
      if (overlaps(firstDayOf(planned), lastDayOf(planned)) || overlaps(firstDayOf(forecast), lastDayOf(forecast))) moved.push(id);
    }
    return moved;
  }

  workOf(id: string): ScheduledWork | undefined {
    return this.work.get(id);
  }

  private forecastOf(work: ScheduledWork, graph: DependencyGraph): WorkForecast {
    const planned = { startDate: work.startDate, endDate: work.endDate };
    if (pushesNothing(work)) {
      const endDate = SETTLED.has(work.status) ? work.endDate : work.expectedEndDate;
      return { startDate: work.startDate, endDate, slipDays: slip(work, endDate), pushedBy: null };
    }
    const first = firstDayOf(planned)!;
    const last = work.expectedEndDate ?? lastDayOf(planned)!;
    const pushedBy = this.latestPushingBlocker(work, graph);
    if (!pushedBy) return { startDate: first, endDate: last, slipDays: slip(work, last), pushedBy: null };
    const startDate = this.forecasts.get(pushedBy)!.endDate!;
    const endDate = plusDays(startDate, daysFrom(first, last));
    return { startDate, endDate, slipDays: slip(work, endDate), pushedBy };
  }

  /** Of the blockers whose forecast ends after `work` starts, the latest-ending (ties: the lower key). */
  private latestPushingBlocker(work: ScheduledWork, graph: DependencyGraph): string | null {
    let latest: { id: string; end: string; key: string } | null = null;
    for (const id of graph.blockers(work.id)) {
      const blocker = this.work.get(id);
      const forecast = this.forecasts.get(id);
      if (!blocker || !forecast || pushesNothing(blocker) || !blockerEndsAfterStart(forecast, work)) continue;
      const end = forecast.endDate!;
      if (!latest || end > latest.end || (end === latest.end && blocker.key < latest.key)) latest = { id, end, key: blocker.key };
    }
    return latest?.id ?? null;
  }
}

/** Forecast end minus planned end, in days; 0 without either. */
function slip(work: ScheduledWork, forecastEnd: string | null): number {
  return work.endDate && forecastEnd ? daysFrom(work.endDate, forecastEnd) : 0;
}
