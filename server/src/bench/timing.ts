import { performance } from 'node:perf_hooks';

export interface Timing {
  label: string;
  runs: number;
  p50: number;
  p95: number;
  min: number;
  max: number;
  /** CPU time of this whole process (app and client) per run: steadier than wall time on a busy machine. */
  cpu: number;
}

/** Nearest-rank percentile of ascending `sorted`. */
export function percentile(sorted: number[], p: number): number {
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

function round(value: number, decimals = 2): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Runs `work` `warmups` times untimed, then `runs` times one after another, timing each. */
export async function time(label: string, work: () => Promise<unknown>, runs = 30, warmups = 3): Promise<Timing> {
  for (let i = 0; i < warmups; i++) await work();
  const samples: number[] = [];
  const cpuBefore = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  const cpu = process.cpuUsage(cpuBefore);
  samples.sort((a, b) => a - b);
  return {
    label,
    runs,
    p50: round(percentile(samples, 50)),
    p95: round(percentile(samples, 95)),
    min: round(samples[0]),
    max: round(samples[samples.length - 1]),
    cpu: round((cpu.user + cpu.system) / 1000 / runs),
  };
}

export function formatTiming(t: Timing): string {
  const cell = (value: number) => `${value.toFixed(2)} ms`.padStart(12);
  return `${t.label.padEnd(44)}${cell(t.p50)}${cell(t.p95)}${cell(t.min)}${cell(t.max)}${cell(t.cpu)}   (${t.runs} runs)`;
}

export const TIMING_HEADER = `${''.padEnd(44)}${['p50', 'p95', 'min', 'max', 'cpu/run'].map((h) => h.padStart(12)).join('')}`;
