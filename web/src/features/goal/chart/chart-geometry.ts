/**
 * Geometry of a metric chart: measurements over time with baseline and target lines, the
 * target date, and the contributing initiatives' spans on the same time axis. Pure numbers, so
 * the SVG component stays declarative and the maths is tested on its own.
 */
import type { Verdict } from '../../../components/outcome/verdict';
import { localTodayIso } from '../../../lib/today';

export interface ChartMeasurement {
  value: number;
  recordedAt: string;
}

export interface ChartInitiative {
  id: string;
  key: string;
  title: string;
  startDate?: string | null;
  endDate?: string | null;
  /** Whether the work moved this metric, when it is meant to (drawn beside its key). */
  verdict?: Verdict | null;
}

export interface ChartInput {
  measurements: readonly ChartMeasurement[];
  baseline: number;
  target: number;
  targetDate?: string | null;
  initiatives: readonly ChartInitiative[];
  /** Used when nothing else dates the chart (no measurements yet). */
  today?: string;
}

export interface ChartPoint {
  x: number;
  y: number;
  value: number;
  recordedAt: string;
}

export interface InitiativeMark {
  id: string;
  key: string;
  title: string;
  verdict: Verdict | null;
  /** null when the initiative has no such date: the bar runs to the plot's edge. */
  startX: number | null;
  endX: number | null;
  x1: number;
  x2: number;
  y: number;
}

export interface Tick {
  at: number;
  label: string;
}

export interface ChartGeometry {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  points: ChartPoint[];
  linePath: string;
  baselineY: number;
  targetY: number;
  targetDateX: number | null;
  xTicks: Tick[];
  yTicks: Tick[];
  initiatives: InitiativeMark[];
}

const DAY_MS = 86_400_000;
export const CHART_WIDTH = 720;
const PLOT_HEIGHT = 200;
const MARGIN = { left: 64, right: 20, top: 16, axis: 28 };
const LANE_HEIGHT = 18;

/** Milliseconds of an ISO date ("2027-03-31") or instant. */
export function timeOf(value: string): number {
  return Date.parse(value.length === 10 ? `${value}T00:00:00.000Z` : value);
}

function timeDomain(input: ChartInput): [number, number] {
  const times = [
    ...input.measurements.map((m) => timeOf(m.recordedAt)),
    ...input.initiatives
      .flatMap((i) => [i.startDate, i.endDate])
      .filter((d): d is string => !!d)
      .map(timeOf),
    ...(input.targetDate ? [timeOf(input.targetDate)] : []),
  ].filter(Number.isFinite);
  if (times.length === 0) {
    const today = timeOf(input.today ?? localTodayIso());
    return [today - 90 * DAY_MS, today + 90 * DAY_MS];
  }
  const min = Math.min(...times);
  const max = Math.max(...times);
  const pad = Math.max((max - min) * 0.04, 7 * DAY_MS);
  return [min - pad, max + pad];
}

/** A step of 1, 2 or 5 × 10^n that cuts [min, max] into about `count` parts. */
export function niceStep(min: number, max: number, count: number): number {
  const raw = (max - min) / Math.max(count, 1);
  if (!(raw > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

function valueDomain(input: ChartInput): [number, number] {
  const values = [input.baseline, input.target, ...input.measurements.map((m) => m.value)];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || Math.abs(max) || 1;
  const step = niceStep(min - span * 0.08, max + span * 0.08, 4);
  return [Math.floor((min - span * 0.08) / step) * step, Math.ceil((max + span * 0.08) / step) * step];
}

function valueTicks([min, max]: [number, number], yOf: (v: number) => number): Tick[] {
  const step = niceStep(min, max, 4);
  const ticks: Tick[] = [];
  for (let v = min; v <= max + step / 1e6; v += step) {
    const value = Number(v.toPrecision(12));
    ticks.push({ at: yOf(value), label: value.toLocaleString('en-US') });
  }
  return ticks;
}

const MONTH = new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** First days of months inside the domain, every n-th so that about seven at most are labelled. */
function timeTicks([from, to]: [number, number], xOf: (t: number) => number): Tick[] {
  const start = new Date(from);
  const months: number[] = [];
  for (let m = 1; ; m++) {
    const t = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + m, 1);
    if (t > to) break;
    months.push(t);
  }
  const every = [1, 2, 3, 6, 12, 24, 60].find((n) => months.length / n <= 7) ?? 120;
  const monthIndex = (t: number) => new Date(t).getUTCFullYear() * 12 + new Date(t).getUTCMonth();
  return months.filter((t) => monthIndex(t) % every === 0).map((t) => ({ at: xOf(t), label: MONTH.format(t) }));
}

function initiativeMarks(input: ChartInput, xOf: (t: number) => number, plot: ChartGeometry['plot']): InitiativeMark[] {
  const laneTop = plot.bottom + MARGIN.axis;
  return input.initiatives.map((initiative, row) => {
    const startX = initiative.startDate ? xOf(timeOf(initiative.startDate)) : null;
    // The end date is inclusive: the bar runs to the end of that day.
    const endX = initiative.endDate ? xOf(timeOf(initiative.endDate) + DAY_MS) : null;
    return {
      id: initiative.id,
      key: initiative.key,
      title: initiative.title,
      verdict: initiative.verdict ?? null,
      startX,
      endX,
      x1: startX ?? plot.left,
      x2: endX ?? plot.right,
      y: laneTop + row * LANE_HEIGHT + LANE_HEIGHT / 2,
    };
  });
}

export function chartGeometry(input: ChartInput): ChartGeometry {
  const plot = { left: MARGIN.left, right: CHART_WIDTH - MARGIN.right, top: MARGIN.top, bottom: MARGIN.top + PLOT_HEIGHT };
  const [t0, t1] = timeDomain(input);
  const [v0, v1] = valueDomain(input);
  const xOf = (t: number) => plot.left + ((t - t0) / (t1 - t0)) * (plot.right - plot.left);
  const yOf = (v: number) => plot.bottom - ((v - v0) / (v1 - v0)) * (plot.bottom - plot.top);
  const points = [...input.measurements]
    .sort((a, b) => timeOf(a.recordedAt) - timeOf(b.recordedAt))
    .map((m) => ({ x: xOf(timeOf(m.recordedAt)), y: yOf(m.value), value: m.value, recordedAt: m.recordedAt }));
  const initiatives = initiativeMarks(input, xOf, plot);
  return {
    width: CHART_WIDTH,
    height: plot.bottom + MARGIN.axis + initiatives.length * LANE_HEIGHT + (initiatives.length ? 8 : 0),
    plot,
    points,
    linePath: points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' '),
    baselineY: yOf(input.baseline),
    targetY: yOf(input.target),
    targetDateX: input.targetDate ? xOf(timeOf(input.targetDate)) : null,
    xTicks: timeTicks([t0, t1], xOf),
    yTicks: valueTicks([v0, v1], yOf),
    initiatives,
  };
}
