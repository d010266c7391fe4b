import { addDays, Health, InitiativeStatus, MetricDirection, todayIso } from '@throughline/shared';
import { Prng } from './prng';

// Finished work whose verdicts tell the Outcomes story: a year of daily measurements per metric,
// shaped so that each verdict shows up (docs/outcome-method.md). Days are relative to the seed's
// "today" (negative: in the past), so the story holds whenever the seed runs.

const { DECREASE, INCREASE } = MetricDirection;

/** A daily series: level + slope + weekly cycle + noise, and a change that ramps in over [from, to]. */
export interface DailyShape {
  level: number;
  /** Change per week, in the metric's unit. */
  slopePerWeek: number;
  /** Amplitude of the weekly cycle. */
  weekly: number;
  /** Standard deviation of the day-to-day noise. */
  noise: number;
  decimals: number;
  /** The work's effect: none before `from`, all of it from `to` on, linear in between. */
  change?: { by: number; from: number; to: number };
  /** Measured every `every` days (1: daily). */
  every?: number;
}

export interface DemoOutcomeMetric {
  name: string;
  unit: string;
  direction: MetricDirection;
  baseline: number;
  target: number;
  /** The goal's ref in demo-data.ts. */
  goal: string;
  shape: DailyShape;
}

export interface DemoOutcomeWork {
  title: string;
  description: string;
  lead: string;
  with?: string[];
  owner: string;
  effortWeeks: number;
  /** Days relative to today. */
  start: number;
  end: number;
  metric: string;
  /** The verdict this story shows (checked by test/seed-outcomes.spec.ts). */
  shows: 'IMPROVED' | 'NO_CLEAR_EFFECT' | 'WORSENED' | 'VERIFYING' | 'NOT_ENOUGH_DATA';
}

export const DEMO_OUTCOME_METRICS: DemoOutcomeMetric[] = [
  {
    name: 'Product page load time (p75)',
    unit: 'ms',
    direction: DECREASE,
    baseline: 2600,
    target: 1800,
    goal: 'conversion',
    shape: { level: 2600, slopePerWeek: 2, weekly: 60, noise: 70, decimals: 0, change: { by: -420, from: -215, to: -160 } },
  },
  {
    // Already falling a year before the cache: the verdict must not credit the work with it.
    name: 'Search p95 latency',
    unit: 'ms',
    direction: DECREASE,
    baseline: 820,
    target: 500,
    goal: 'search',
    shape: { level: 900, slopePerWeek: -5, weekly: 30, noise: 22, decimals: 0 },
  },
  {
    name: 'Payment authorisation rate',
    unit: '%',
    direction: INCREASE,
    baseline: 93.5,
    target: 95,
    goal: 'conversion',
    shape: { level: 93.5, slopePerWeek: 0, weekly: 0.3, noise: 0.25, decimals: 2, change: { by: -1.1, from: -150, to: -140 } },
  },
  {
    name: 'Mobile app cold start (p90)',
    unit: 'ms',
    direction: DECREASE,
    baseline: 3100,
    target: 2000,
    goal: 'mobile',
    shape: { level: 3100, slopePerWeek: 0, weekly: 50, noise: 80, decimals: 0, change: { by: -500, from: -40, to: -28 } },
  },
  {
    // A survey: one measurement a month is too few for a verdict.
    name: 'Net promoter score',
    unit: 'points',
    direction: INCREASE,
    baseline: 31,
    target: 40,
    goal: 'churn',
    shape: { level: 31, slopePerWeek: 0.05, weekly: 0, noise: 1.5, decimals: 0, every: 30 },
  },
];

// prettier-ignore
export const DEMO_OUTCOME_WORK: DemoOutcomeWork[] = [
  { title: 'Modern image formats and lazy loading on product pages', description: 'AVIF/WebP with responsive sizes, images below the fold loaded on scroll.', lead: 'PLAT', with: ['SRCH'], owner: 'Ben Adeyemi', effortWeeks: 7, start: -215, end: -160, metric: 'Product page load time (p75)', shows: 'IMPROVED' },
  { title: 'Trim third-party scripts on product pages', description: 'Remove four unused tags, defer the chat widget.', lead: 'GROW', owner: 'Rosa Delgado', effortWeeks: 2, start: -185, end: -165, metric: 'Product page load time (p75)', shows: 'IMPROVED' },
  { title: 'Result cache for search queries', description: 'Cache the 10,000 most frequent queries for five minutes.', lead: 'SRCH', owner: 'Aiko Tanaka', effortWeeks: 5, start: -240, end: -180, metric: 'Search p95 latency', shows: 'NO_CLEAR_EFFECT' },
  { title: 'Stricter fraud rules at checkout', description: 'Block card-testing patterns before authorisation.', lead: 'CHK', with: ['SEC'], owner: 'Marco Silva', effortWeeks: 3, start: -170, end: -150, metric: 'Payment authorisation rate', shows: 'WORSENED' },
  { title: 'Lazy module loading in the mobile app', description: 'Load feature modules on first use instead of at start-up.', lead: 'MOB', owner: 'Lena Fischer', effortWeeks: 6, start: -75, end: -28, metric: 'Mobile app cold start (p90)', shows: 'VERIFYING' },
  { title: 'In-app help centre', description: 'Answers inside the app instead of a support ticket.', lead: 'GROW', with: ['MOB'], owner: 'Rosa Delgado', effortWeeks: 5, start: -200, end: -150, metric: 'Net promoter score', shows: 'NOT_ENOUGH_DATA' },
];

export const DEMO_OUTCOME_STATUS = { status: InitiativeStatus.DONE, health: Health.ON_TRACK } as const;

const DAYS = 365;
const round = (value: number, decimals: number) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** A standard normal draw (Box–Muller) from the seeded generator. */
function normal(random: Prng): number {
  const u = 1 - random.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.next());
}

function changeOn(change: DailyShape['change'], offset: number): number {
  if (!change || offset < change.from) return 0;
  if (offset >= change.to) return change.by;
  return (change.by * (offset - change.from)) / (change.to - change.from);
}

/**
 * A year of values at 00:00 UTC, the last one yesterday's (as a monitoring system's daily series).
 * The weekly cycle follows the weekday, so it is the same whatever day the seed runs.
 */
export function dailyValues(shape: DailyShape, now: Date, seed: number): Array<{ at: Date; value: number }> {
  const random = new Prng(seed);
  const today = todayIso(now);
  const points: Array<{ at: Date; value: number }> = [];
  for (let offset = -DAYS; offset < 0; offset++) {
    const noise = normal(random) * shape.noise;
    if ((offset + DAYS) % (shape.every ?? 1) !== 0) continue;
    const at = new Date(`${addDays(today, offset)}T00:00:00Z`);
    const cycle = shape.weekly * Math.sin((2 * Math.PI * at.getUTCDay()) / 7);
    const value = shape.level + (shape.slopePerWeek * (offset + DAYS)) / 7 + cycle + noise + changeOn(shape.change, offset);
    points.push({ at, value: round(value, shape.decimals) });
  }
  return points;
}

/** What a deploy pipeline reports after each day's release: p99 latency, drifting from `from` to `to` over the year. */
export function releaseReports(
  trend: { from: number; to: number; noise: number; decimals: number },
  now: Date,
  seed: number,
): Array<{ at: Date; value: number }> {
  const random = new Prng(seed);
  const today = todayIso(now);
  return Array.from({ length: DAYS }, (_, i) => {
    const t = i / (DAYS - 1);
    const eased = t * t * (3 - 2 * t);
    const value = trend.from + (trend.to - trend.from) * eased + normal(random) * trend.noise * 0.6;
    // Releases go out at 15:00 UTC; the pipeline pushes the p99 of the hour after.
    return { at: new Date(`${addDays(today, i - DAYS)}T16:00:00Z`), value: round(value, trend.decimals) };
  });
}
