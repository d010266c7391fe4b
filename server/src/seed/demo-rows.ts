import { randomUUID } from 'node:crypto';
import { addDays, fiscalYearOf, parsePeriodLabel, Period, todayIso } from '@throughline/shared';
import { GoalEntity } from '../goal/goal.entity';
import { DependencyEdge } from '../initiative/dependency-graph';
import { NewInitiative } from '../initiative/initiative-store';
import { MeasurementEntity } from '../metric/measurement.entity';
import { MetricEntity } from '../metric/metric.entity';
import { RiskEntity } from '../risk/risk.entity';
import { NewTeam } from '../team/team-store';
import { DemoData, DemoGoal, DemoInitiative, DemoMetric, DemoRisk, DemoTrend, RelativePeriod } from './demo-data';
import { Prng } from './prng';

export interface DemoRowOptions {
  fiscalYearStartMonth: number;
  /** The seed's "today": fixes the fiscal years and where the measurements end. */
  now: Date;
}

/**
 * Everything the loader writes, with ids already assigned. Initiatives carry their link sets
 * and get their keys ("TL-1" …) in this order when inserted.
 */
export interface DemoRows {
  teams: NewTeam[];
  goals: Partial<GoalEntity>[];
  metrics: Partial<MetricEntity>[];
  measurements: Partial<MeasurementEntity>[];
  initiatives: NewInitiative[];
  dependencies: DependencyEdge[];
  risks: Partial<RiskEntity>[];
}

const WEEKS = 52;
const WEEK_MS = 7 * 86_400_000;
const NOISE_SEED = 20_27;

/** Looks refs up, failing loudly on a typo in the demo data rather than inserting nulls. */
function lookup(ids: Map<string, string>, kind: string): (ref: string) => string {
  return (ref) => {
    const id = ids.get(ref);
    if (!id) throw new Error(`Demo data refers to an unknown ${kind} "${ref}"`);
    return id;
  };
}

function idsFor<T>(items: T[], refOf: (item: T) => string): Map<string, string> {
  return new Map(items.map((item) => [refOf(item), randomUUID()]));
}

/** Resolves "this-Q4" / "next-H1" / "next" against the current fiscal year. */
function periodResolver(options: DemoRowOptions): (relative: RelativePeriod) => Period {
  const current = fiscalYearOf(todayIso(options.now), options.fiscalYearStartMonth);
  return (relative) => {
    const label = relative.replace(/^this/, `FY${current}`).replace(/^next/, `FY${current + 1}`);
    const period = parsePeriodLabel(label, options.fiscalYearStartMonth);
    if (!period) throw new Error(`Demo data has a bad period "${relative}"`);
    return period;
  };
}

/** Replaces "{next}" (and "{this}") with fiscal-year names such as "FY2027". */
function textResolver(options: DemoRowOptions): (text: string) => string {
  const current = fiscalYearOf(todayIso(options.now), options.fiscalYearStartMonth);
  return (text) => text.replace(/\{this\}/g, `FY${current}`).replace(/\{next\}/g, `FY${current + 1}`);
}

/** The latest Monday 09:00 UTC not after `now`: where every weekly series ends. */
function lastWeeklyInstant(now: Date): number {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 9));
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  const monday = day.getTime() - sinceMonday * 86_400_000;
  return monday > now.getTime() ? monday - WEEK_MS : monday;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** A smooth drift from `from` to `to` with seeded noise; the last point lands on `to`. */
function weeklySeries(trend: DemoTrend, random: Prng): number[] {
  return Array.from({ length: WEEKS }, (_, week) => {
    const t = week / (WEEKS - 1);
    const eased = t * t * (3 - 2 * t);
    const noise = week === WEEKS - 1 ? 0 : (random.next() * 2 - 1) * trend.noise;
    return round(trend.from + (trend.to - trend.from) * eased + noise, trend.decimals);
  });
}

function measurementRows(metrics: DemoMetric[], metricId: (name: string) => string, now: Date): Partial<MeasurementEntity>[] {
  const random = new Prng(NOISE_SEED);
  const last = lastWeeklyInstant(now);
  return metrics
    .filter((metric) => !metric.pushed)
    .flatMap((metric) =>
      weeklySeries(metric.trend, random).map((value, week) => ({
        id: randomUUID(),
        metricId: metricId(metric.name),
        value,
        recordedAt: new Date(last - (WEEKS - 1 - week) * WEEK_MS),
      })),
    );
}

/** Ids of every ref, and how periods and texts resolve, for one build. */
interface Refs {
  teamId(key: string): string;
  goalId(ref: string): string;
  metricId(name: string): string;
  initiativeId(ref: string): string;
  period(relative: RelativePeriod): Period;
  text(text: string): string;
}

function refsFor(data: DemoData, options: DemoRowOptions): Refs {
  return {
    teamId: lookup(
      idsFor(data.teams, (t) => t.key),
      'team',
    ),
    goalId: lookup(
      idsFor(data.goals, (g) => g.ref),
      'goal',
    ),
    metricId: lookup(
      idsFor(data.metrics, (m) => m.name),
      'metric',
    ),
    initiativeId: lookup(
      idsFor(data.initiatives, (i) => i.ref),
      'initiative',
    ),
    period: periodResolver(options),
    text: textResolver(options),
  };
}

function goalRow(goal: DemoGoal, refs: Refs): Partial<GoalEntity> {
  return {
    id: refs.goalId(goal.ref),
    title: refs.text(goal.title),
    description: refs.text(goal.description),
    owner: goal.owner,
    parentId: goal.parent ? refs.goalId(goal.parent) : null,
    startDate: refs.period(goal.window[0]).start,
    targetDate: refs.period(goal.window[1]).end,
  };
}

function metricRow(metric: DemoMetric, data: DemoData, refs: Refs): Partial<MetricEntity> {
  const goal = data.goals.find((g) => g.ref === metric.goal);
  return {
    id: refs.metricId(metric.name),
    name: metric.name,
    unit: metric.unit,
    direction: metric.direction,
    baseline: metric.baseline,
    target: metric.target,
    targetDate: goal ? refs.period(goal.window[1]).end : null,
    goalId: refs.goalId(metric.goal),
  };
}

function initiativeRow(item: DemoInitiative, refs: Refs): NewInitiative {
  const [startShift, endShift] = item.shift ?? [0, 0];
  return {
    id: refs.initiativeId(item.ref),
    title: item.title,
    description: item.description ?? null,
    status: item.status,
    health: item.health,
    startDate: addDays(refs.period(item.when[0]).start, startShift),
    endDate: addDays(refs.period(item.when[1]).end, endShift),
    owner: item.owner,
    effortWeeks: item.effortWeeks,
    leadTeamId: refs.teamId(item.lead),
    teamIds: (item.with ?? []).map(refs.teamId),
    goalIds: (item.goals ?? []).map(refs.goalId),
    metricIds: (item.metrics ?? []).map(refs.metricId),
  };
}

function riskRow(risk: DemoRisk, refs: Refs): Partial<RiskEntity> {
  return {
    id: randomUUID(),
    title: risk.title,
    description: risk.description ?? null,
    likelihood: risk.likelihood,
    impact: risk.impact,
    status: risk.status,
    owner: risk.owner,
    mitigation: risk.mitigation ?? null,
    initiativeId: risk.initiative ? refs.initiativeId(risk.initiative) : null,
    goalId: risk.goal ? refs.goalId(risk.goal) : null,
  };
}

function dependencyRows(initiatives: DemoInitiative[], refs: Refs): DependencyEdge[] {
  return initiatives.flatMap((item) =>
    (item.dependsOn ?? []).map((ref) => ({ dependentId: refs.initiativeId(item.ref), blockerId: refs.initiativeId(ref) })),
  );
}

/** Turns the declarative demo data into rows, resolving refs, periods and fiscal-year names. */
export function buildDemoRows(data: DemoData, options: DemoRowOptions): DemoRows {
  const refs = refsFor(data, options);
  return {
    teams: data.teams.map((t) => ({ id: refs.teamId(t.key), key: t.key, name: t.name })),
    goals: data.goals.map((g) => goalRow(g, refs)),
    metrics: data.metrics.map((m) => metricRow(m, data, refs)),
    measurements: measurementRows(data.metrics, refs.metricId, options.now),
    initiatives: data.initiatives.map((item) => initiativeRow(item, refs)),
    dependencies: dependencyRows(data.initiatives, refs),
    risks: data.risks.map((r) => riskRow(r, refs)),
  };
}
