/**
 * Geometry of a verdict card's chart: the metric's days over the trend stretch, the pre and post
 * windows, the work between them, and the counterfactual (what the metric's own trend and weekly
 * cycle predicted without the work). Pure numbers: the SVG stays declarative, the maths is tested.
 */

export interface DayValue {
  date: string;
  value: number;
}

export interface OutcomeChartInput {
  observed: readonly DayValue[];
  counterfactual: readonly DayValue[];
  trendFrom?: string | null;
  preFrom?: string | null;
  preTo?: string | null;
  postFrom?: string | null;
  postTo?: string | null;
  workStart?: string | null;
  workEnd?: string | null;
  effect?: number | null;
}

export interface Band {
  x1: number;
  x2: number;
}

export interface Tick {
  at: number;
  label: string;
}

export interface OutcomeChartGeometry {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  observedPath: string;
  counterfactualPath: string;
  pre: Band | null;
  post: Band | null;
  work: Band | null;
  /** The post window's mean of the counterfactual and of the observed: the effect is the gap. */
  effectMarks: { x1: number; x2: number; expectedY: number; observedY: number } | null;
  xTicks: Tick[];
  yTicks: Tick[];
}

const DAY_MS = 86_400_000;
const WIDTH = 720;
const HEIGHT = 240;
const MARGIN = { left: 60, right: 16, top: 22, bottom: 26 };

const timeOf = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** A step of 1, 2 or 5 × 10^n cutting [min, max] into about `count` parts. */
export function roundStep(min: number, max: number, count: number): number {
  const raw = (max - min) / Math.max(count, 1);
  if (!(raw > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
}

function timeDomain(input: OutcomeChartInput): [number, number] {
  const firstObserved = input.observed[0]?.date;
  const starts = [
    input.trendFrom && firstObserved && input.trendFrom < firstObserved ? firstObserved : input.trendFrom,
    input.preFrom,
    firstObserved,
  ];
  const ends = [input.postTo, input.observed.at(-1)?.date, input.workEnd];
  const from = starts.filter((d): d is string => !!d).map(timeOf);
  const to = ends.filter((d): d is string => !!d).map(timeOf);
  if (!from.length || !to.length) return [0, DAY_MS];
  const [start, end] = [Math.min(...from), Math.max(...to) + DAY_MS];
  return start < end ? [start, end] : [start, start + DAY_MS];
}

function valueDomain(values: number[]): [number, number] {
  if (!values.length) return [0, 1];
  const [min, max] = [Math.min(...values), Math.max(...values)];
  const pad = (max - min || Math.abs(max) || 1) * 0.08;
  const step = roundStep(min - pad, max + pad, 4);
  return [Math.floor((min - pad) / step) * step, Math.ceil((max + pad) / step) * step];
}

const MONTH = new Intl.DateTimeFormat('en-US', { month: 'short', year: '2-digit', timeZone: 'UTC' });

function monthTicks([from, to]: [number, number], xOf: (t: number) => number): Tick[] {
  const start = new Date(from);
  const months: number[] = [];
  for (let m = 1; m < 240; m++) {
    const t = Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + m, 1);
    if (t > to) break;
    months.push(t);
  }
  const every = [1, 2, 3, 6, 12].find((n) => months.length / n <= 8) ?? 24;
  return months.filter((_, i) => i % every === 0).map((t) => ({ at: xOf(t), label: MONTH.format(t) }));
}

function pathOf(points: readonly DayValue[], xOf: (t: number) => number, yOf: (v: number) => number): string {
  // Mid-day, so a day's point sits in the middle of its day on the axis.
  return points.map((p, i) => `${i ? 'L' : 'M'}${xOf(timeOf(p.date) + DAY_MS / 2).toFixed(1)},${yOf(p.value).toFixed(1)}`).join(' ');
}

const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

export function outcomeChartGeometry(input: OutcomeChartInput): OutcomeChartGeometry {
  const plot = { left: MARGIN.left, right: WIDTH - MARGIN.right, top: MARGIN.top, bottom: HEIGHT - MARGIN.bottom };
  const [t0, t1] = timeDomain(input);
  const inDomain = (p: DayValue) => timeOf(p.date) >= t0 && timeOf(p.date) < t1;
  const observed = input.observed.filter(inDomain);
  const counterfactual = input.counterfactual.filter(inDomain);
  const [v0, v1] = valueDomain([...observed, ...counterfactual].map((p) => p.value));
  const xOf = (t: number) => plot.left + ((Math.min(Math.max(t, t0), t1) - t0) / (t1 - t0)) * (plot.right - plot.left);
  const yOf = (v: number) => plot.bottom - ((v - v0) / (v1 - v0)) * (plot.bottom - plot.top);
  // Windows are inclusive days: a band runs from the start of its first day to the end of its last.
  const band = (from?: string | null, to?: string | null): Band | null =>
    from && to && to >= from ? { x1: xOf(timeOf(from)), x2: xOf(timeOf(to) + DAY_MS) } : null;

  const post = band(input.postFrom, input.postTo);
  const inPost = (p: DayValue) => !!input.postFrom && !!input.postTo && p.date >= input.postFrom && p.date <= input.postTo;
  const postObserved = observed.filter(inPost);
  const postExpected = counterfactual.filter((p) => postObserved.some((o) => o.date === p.date));
  const effectMarks =
    post && input.effect !== null && input.effect !== undefined && postObserved.length && postExpected.length
      ? {
          x1: post.x1,
          x2: post.x2,
          expectedY: yOf(mean(postExpected.map((p) => p.value))),
          observedY: yOf(mean(postObserved.map((p) => p.value))),
        }
      : null;

  const step = roundStep(v0, v1, 4);
  const yTicks: Tick[] = [];
  for (let v = v0; v <= v1 + step / 1e6; v += step) {
    const value = Number(v.toPrecision(12));
    yTicks.push({ at: yOf(value), label: value.toLocaleString('en-US') });
  }
  return {
    width: WIDTH,
    height: HEIGHT,
    plot,
    observedPath: pathOf(observed, xOf, yOf),
    counterfactualPath: pathOf(counterfactual, xOf, yOf),
    pre: band(input.preFrom, input.preTo),
    post,
    work: band(input.workStart, input.workEnd),
    effectMarks,
    xTicks: monthTicks([t0, t1], xOf),
    yTicks,
  };
}
