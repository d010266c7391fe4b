import { performance } from 'node:perf_hooks';
import { addDays, MetricDirection } from '@throughline/shared';
import { measurePullYear } from '../../bench/pull-year';
import { formatTiming, time, TIMING_HEADER } from '../../bench/timing';
import { FamilyRate, familyRate, familySeed } from '../calibration/calibration';
import { asMeasurements, FIRST_DATE, NO_EFFECT_FAMILIES, SHIFT_FAMILIES, syntheticSeries, TODAY } from '../calibration/synthetic-series';
import { computeOutcomeVerdict } from '../verdict/compute-outcome-verdict';
import { toDailySeries } from '../verdict/daily-series';
import { MeasurementPoint } from '../verdict/outcome-verdict.types';

/**
 * npm run bench:outcomes: the method's calibration on seeded synthetic series (the issue's
 * families, 1,000 series each) and the time to judge 2,000 links over 1,000 metrics of a year of
 * daily points. The last line is one JSON object.
 */
// At least 1,000 (the issue); 2,000 halves the Monte Carlo noise of the worst of six families.
const SERIES_PER_FAMILY = 2000;
const METRICS = 1000;
const LINKS = 2000;
const SEED = 20_260_101;

function calibrate(): { noEffect: FamilyRate[]; shift: FamilyRate[] } {
  const started = performance.now();
  const families = [...NO_EFFECT_FAMILIES, ...SHIFT_FAMILIES];
  const rates = families.map((family, i) => familyRate(family, SERIES_PER_FAMILY, familySeed(SEED, i)));
  console.log(`\nCalibration: ${SERIES_PER_FAMILY} series per family, 365 days, work on days 200-290, sd 1`);
  console.log(`${'family'.padEnd(24)}${'judged IMPROVED/WORSENED'.padStart(26)}${'right sign'.padStart(14)}`);
  for (const rate of rates) {
    const shown = `${(rate.rate * 100).toFixed(1)}%`;
    const noEffect = rate.family.endsWith('sd') ? '' : shown;
    const shift = rate.family.endsWith('sd') ? shown : '';
    console.log(`${rate.family.padEnd(24)}${noEffect.padStart(26)}${shift.padStart(14)}`);
  }
  const monteCarlo = Math.sqrt((0.05 * 0.95) / SERIES_PER_FAMILY) * 100;
  console.log(`(a rate of 5% measured on ${SERIES_PER_FAMILY} series has a standard error of ${monteCarlo.toFixed(2)} points)`);
  console.log(`(${families.length * SERIES_PER_FAMILY} verdicts in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  return { noEffect: rates.slice(0, NO_EFFECT_FAMILIES.length), shift: rates.slice(NO_EFFECT_FAMILIES.length) };
}

interface Link {
  metric: number;
  workStart: string;
  workEnd: string;
}

/** 1,000 metrics of every background, two links each, with work of 30 to 90 days ending by day 289. */
function scaleData(): { metrics: MeasurementPoint[][]; links: Link[] } {
  const families = [...NO_EFFECT_FAMILIES, ...SHIFT_FAMILIES];
  const metrics = Array.from({ length: METRICS }, (_, i) =>
    asMeasurements(syntheticSeries(families[i % families.length], SEED + 7 * i).series),
  );
  const links = Array.from({ length: LINKS }, (_, k) => {
    const start = 190 + (k % 10);
    return { metric: k % METRICS, workStart: addDays(FIRST_DATE, start), workEnd: addDays(FIRST_DATE, start + 30 + (k % 61)) };
  });
  return { metrics, links };
}

function judgeAll(metrics: MeasurementPoint[][], links: Link[]): number {
  const series = metrics.map(toDailySeries);
  let judged = 0;
  for (const link of links) {
    const result = computeOutcomeVerdict({
      metric: { name: 'metric', unit: 'ms', direction: MetricDirection.DECREASE, baseline: 100, target: 90 },
      measurements: series[link.metric],
      workStart: link.workStart,
      workEnd: link.workEnd,
      today: TODAY,
    });
    if (result.effect !== null) judged += 1;
  }
  return judged;
}

async function main(): Promise<void> {
  const { noEffect, shift } = calibrate();
  const { metrics, links } = scaleData();
  const judged = judgeAll(metrics, links);
  console.log(`\nVerdicts: ${METRICS} metrics x 365 daily points, ${LINKS} links (${judged} with an effect)`);
  console.log(TIMING_HEADER);
  const timing = await time('daily series + verdicts', async () => judgeAll(metrics, links), 5, 1);
  console.log(formatTiming(timing));
  const pulled = await measurePullYear(METRICS, process.env.DATABASE_URL || undefined);
  const worst = (rates: FamilyRate[], pick: (a: number, b: number) => number) => rates.map((r) => r.rate).reduce((a, b) => pick(a, b));
  console.log(
    JSON.stringify({
      false_positive_rate: worst(noEffect, Math.max),
      detection_rate: worst(shift, Math.min),
      verdicts_ms: timing.p50,
      pull_year_s: pulled ? Number(pulled.seconds.toFixed(1)) : null,
      pull_workers: pulled ? pulled.workers : null,
      pull_setup_s: pulled ? Number(pulled.setupSeconds.toFixed(1)) : null,
    }),
  );
}

void main();
