/** One of the initiative's teams with its share of the effort as the user types it, in percent. */
export interface SplitRow {
  teamId: string;
  teamName: string;
  percent: string;
}

// The server accepts shares summing to 1 within 1e-6; in percent that is 1e-4.
const TOTAL_TOLERANCE = 1e-4;

/** 0.25 → "25", 1/3 → "33.33": a share as the percentage shown in its box. */
export function percentOf(share: number): string {
  return String(Math.round(share * 10000) / 100);
}

/** "25" → 0.25; NaN when the text is no number. */
export function shareOf(percent: string): number {
  return percent.trim() === '' ? NaN : Number(percent) / 100;
}

/** Every team of the initiative, with its allocated share in percent (0 for a team without one). */
export function splitRows(
  teams: readonly { id: string; name: string }[],
  allocations: readonly { share: number; team: { id: string } }[],
): SplitRow[] {
  return teams.map((team) => ({
    teamId: team.id,
    teamName: team.name,
    percent: percentOf(allocations.find((allocation) => allocation.team.id === team.id)?.share ?? 0),
  }));
}

/** The sum of the percentages typed; NaN when one is no number. */
export function totalPercent(rows: readonly SplitRow[]): number {
  return rows.reduce((sum, row) => sum + shareOf(row.percent) * 100, 0);
}

/** What is wrong with the split, or undefined when it can be saved: each 0..100, together 100. */
export function splitProblem(rows: readonly SplitRow[]): string | undefined {
  const bad = rows.find((row) => !(shareOf(row.percent) >= 0 && shareOf(row.percent) <= 1));
  if (bad) return `${bad.teamName}: give a percentage from 0 to 100.`;
  const total = totalPercent(rows);
  if (Math.abs(total - 100) > TOTAL_TOLERANCE) return `The percentages must total 100, not ${Math.round(total * 100) / 100}.`;
  return undefined;
}

/** The rows as setAllocations takes them. */
export function allocationsInput(rows: readonly SplitRow[]): { teamId: string; share: number }[] {
  return rows.map((row) => ({ teamId: row.teamId, share: shareOf(row.percent) }));
}

/** The engineer-weeks a team's percentage of `effortWeeks` comes to, to a tenth; null when unknown. */
export function engineerWeeks(effortWeeks: number | null | undefined, percent: string): number | null {
  const share = shareOf(percent);
  if (effortWeeks == null || !Number.isFinite(share)) return null;
  return Math.round(effortWeeks * share * 10) / 10;
}
