/** One non-empty cell of the server's team × goal effort matrix. */
export interface EffortCell {
  team?: { id: string; key: string; name: string } | null;
  goal?: { id: string; title: string } | null;
  effortWeeks: number;
  initiativeCount: number;
}

export interface EffortColumn {
  /** null: the "no goal" column. */
  goalId: string | null;
  title: string;
}

export interface EffortRow {
  teamId: string | null;
  label: string;
  title: string;
  cells: Record<string, { effortWeeks: number; initiativeCount: number } | undefined>;
}

export interface EffortTable {
  columns: EffortColumn[];
  rows: EffortRow[];
  /** The largest cell, for shading cells relative to it. */
  maxWeeks: number;
}

export const NO_GOAL = 'none';

/**
 * Lays the sparse matrix out as a table: columns are the goals that have any effort, in the
 * order the cells come in (the server orders them like the goal tree), "no goal" last; rows are
 * the teams in their order, "no team" last.
 */
export function effortTable(cells: readonly EffortCell[]): EffortTable {
  const columns = new Map<string, EffortColumn>();
  const rows = new Map<string, EffortRow>();
  let maxWeeks = 0;
  for (const cell of cells) {
    const columnKey = cell.goal?.id ?? NO_GOAL;
    if (!columns.has(columnKey)) columns.set(columnKey, { goalId: cell.goal?.id ?? null, title: cell.goal?.title ?? 'No goal' });
    const rowKey = cell.team?.id ?? NO_GOAL;
    const row = rows.get(rowKey) ?? {
      teamId: cell.team?.id ?? null,
      label: cell.team?.key ?? '—',
      title: cell.team?.name ?? 'No team',
      cells: {},
    };
    row.cells[columnKey] = { effortWeeks: cell.effortWeeks, initiativeCount: cell.initiativeCount };
    rows.set(rowKey, row);
    maxWeeks = Math.max(maxWeeks, cell.effortWeeks);
  }
  const ordered = [...columns.values()].sort((a, b) => Number(a.goalId === null) - Number(b.goalId === null));
  const orderedRows = [...rows.values()].sort((a, b) => Number(a.teamId === null) - Number(b.teamId === null));
  return { columns: ordered, rows: orderedRows, maxWeeks };
}
