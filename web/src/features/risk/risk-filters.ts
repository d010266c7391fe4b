import { RiskStatus } from '@throughline/shared';

/** What the register needs of a risk to filter and sort it. */
export interface FilterableRisk {
  id: string;
  title: string;
  likelihood: number;
  impact: number;
  severity: number;
  status: string;
  owner?: string | null;
  initiative?: { key: string; title: string; teams: ReadonlyArray<{ id: string }>; goals: ReadonlyArray<{ id: string }> } | null;
  goal?: { id: string; title: string } | null;
}

export const SORT_KEYS = ['severity', 'title', 'likelihood', 'impact', 'status', 'owner', 'attachedTo'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface Cell {
  likelihood: number;
  impact: number;
}

export interface RiskFilters {
  statuses: RiskStatus[];
  teamId: string | null;
  goalId: string | null;
  cell: Cell | null;
  sort: SortKey;
  descending: boolean;
}

const STATUSES = Object.values(RiskStatus) as string[];

function parseCell(raw: string | null): Cell | null {
  const match = raw ? /^([1-5])x([1-5])$/.exec(raw) : null;
  return match ? { likelihood: Number(match[1]), impact: Number(match[2]) } : null;
}

/** The filters a URL holds: ?status=OPEN,MITIGATING&team=…&goal=…&cell=3x5&sort=title&dir=asc */
export function parseRiskFilters(params: URLSearchParams): RiskFilters {
  const sort = params.get('sort');
  const statuses = (params.get('status') ?? '').split(',').filter((s) => STATUSES.includes(s)) as RiskStatus[];
  return {
    statuses,
    teamId: params.get('team') || null,
    goalId: params.get('goal') || null,
    cell: parseCell(params.get('cell')),
    sort: SORT_KEYS.includes(sort as SortKey) ? (sort as SortKey) : 'severity',
    descending: params.get('dir') ? params.get('dir') !== 'asc' : sort === null || sort === 'severity',
  };
}

/** The inverse of parseRiskFilters; defaults are left out so links stay short. */
export function riskFiltersToParams(filters: RiskFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.statuses.length) params.set('status', filters.statuses.join(','));
  if (filters.teamId) params.set('team', filters.teamId);
  if (filters.goalId) params.set('goal', filters.goalId);
  if (filters.cell) params.set('cell', `${filters.cell.likelihood}x${filters.cell.impact}`);
  const defaultOrder = filters.sort === 'severity' && filters.descending;
  if (!defaultOrder) {
    params.set('sort', filters.sort);
    params.set('dir', filters.descending ? 'desc' : 'asc');
  }
  return params;
}

function servesGoal(risk: FilterableRisk, goalId: string): boolean {
  return risk.goal?.id === goalId || !!risk.initiative?.goals.some((g) => g.id === goalId);
}

/** Risks that pass every filter; `ignoreCell` gives what the heat map counts. */
export function filterRisks<R extends FilterableRisk>(risks: readonly R[], filters: RiskFilters, ignoreCell = false): R[] {
  return risks.filter(
    (risk) =>
      (!filters.statuses.length || filters.statuses.includes(risk.status as RiskStatus)) &&
      (!filters.teamId || !!risk.initiative?.teams.some((t) => t.id === filters.teamId)) &&
      (!filters.goalId || servesGoal(risk, filters.goalId)) &&
      (ignoreCell || !filters.cell || (risk.likelihood === filters.cell.likelihood && risk.impact === filters.cell.impact)),
  );
}

/** What a risk is attached to, as the register shows it. */
function attachedToLabel(risk: FilterableRisk): string {
  if (risk.initiative) return `${risk.initiative.key} ${risk.initiative.title}`;
  return risk.goal?.title ?? '';
}

function compareBy(key: SortKey, a: FilterableRisk, b: FilterableRisk): number {
  switch (key) {
    case 'severity':
    case 'likelihood':
    case 'impact':
      return a[key] - b[key];
    case 'status':
      return STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status);
    case 'owner':
      return (a.owner ?? '').localeCompare(b.owner ?? '');
    case 'attachedTo':
      return attachedToLabel(a).localeCompare(attachedToLabel(b));
    case 'title':
      return a.title.localeCompare(b.title);
  }
}

/** Sorted by the chosen column, ties broken by severity (highest first) then title. */
export function sortRisks<R extends FilterableRisk>(risks: readonly R[], key: SortKey, descending: boolean): R[] {
  const sign = descending ? -1 : 1;
  return [...risks].sort((a, b) => sign * compareBy(key, a, b) || b.severity - a.severity || a.title.localeCompare(b.title));
}

/** counts[likelihood - 1][impact - 1]: how many risks sit in each cell of the 5 × 5 map. */
export function heatMapCounts(risks: readonly FilterableRisk[]): number[][] {
  const counts = Array.from({ length: 5 }, () => Array<number>(5).fill(0));
  for (const risk of risks) {
    if (risk.likelihood >= 1 && risk.likelihood <= 5 && risk.impact >= 1 && risk.impact <= 5) {
      counts[risk.likelihood - 1][risk.impact - 1] += 1;
    }
  }
  return counts;
}
