import type { Verdict } from '../../components/outcome/verdict';
import type { FinishedWorkQuery } from '../../gql/graphql';

export type FinishedWorkRow = FinishedWorkQuery['outcomes'][number];

export interface FinishedWorkFilter {
  verdict?: Verdict | '';
  teamId?: string;
  goalId?: string;
}

/** The rows that match every criterion given; a team matches when it leads or contributes. */
export function filterFinishedWork(rows: readonly FinishedWorkRow[], filter: FinishedWorkFilter): FinishedWorkRow[] {
  return rows.filter(
    (row) =>
      (!filter.verdict || row.verdict === filter.verdict) &&
      (!filter.teamId || row.initiative.leadTeam?.id === filter.teamId || row.initiative.teams.some((t) => t.id === filter.teamId)) &&
      (!filter.goalId || row.initiative.goals.some((g) => g.id === filter.goalId)),
  );
}

/** The distinct teams (lead or contributing) or goals of the rows, by name, for the filters. */
export function choicesOf(rows: readonly FinishedWorkRow[], kind: 'team' | 'goal'): Array<{ value: string; label: string }> {
  const found = new Map<string, string>();
  for (const { initiative } of rows) {
    const items = kind === 'team' ? initiative.teams.map((t) => [t.id, t.name]) : initiative.goals.map((g) => [g.id, g.title]);
    if (kind === 'team' && initiative.leadTeam) items.push([initiative.leadTeam.id, initiative.leadTeam.name]);
    for (const [id, label] of items) found.set(id, label);
  }
  return [...found].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
}

/** How many outcomes have each verdict, in the order given. */
export function verdictCounts(rows: readonly FinishedWorkRow[], order: readonly Verdict[]): Array<{ verdict: Verdict; count: number }> {
  return order.map((verdict) => ({ verdict, count: rows.filter((row) => row.verdict === verdict).length })).filter((c) => c.count > 0);
}
