/** How loaded a cell is: no capacity set, comfortable, nearly full (over 85%), or over capacity. */
export type Heat = 'unset' | 'ok' | 'near' | 'over';

const NEAR = 0.85;

export function heatOf(loadWeeks: number, capacityWeeks: number | null | undefined): Heat {
  if (capacityWeeks === null || capacityWeeks === undefined) return 'unset';
  if (loadWeeks > capacityWeeks) return 'over';
  return loadWeeks > capacityWeeks * NEAR ? 'near' : 'ok';
}

export const HEAT_CLASSES: Record<Heat, string> = {
  unset: 'bg-slate-50 text-slate-700 ring-slate-200',
  ok: 'bg-emerald-50 text-emerald-900 ring-emerald-200',
  near: 'bg-amber-50 text-amber-900 ring-amber-300',
  over: 'bg-red-100 text-red-900 ring-red-400',
};

/** "12.5" or "12": weeks as people read them. */
export function formatWeeks(weeks: number): string {
  return Number.isInteger(weeks) ? String(weeks) : weeks.toFixed(1);
}
