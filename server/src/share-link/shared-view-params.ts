import { fiscalYear, InitiativeStatus, isIsoDate, LIMITS, SharedView } from '@throughline/shared';
import { DomainError } from '../common/domain-error';

// A share link's params are the web app's URL query of its view (web/src/features/roadmap/model/
// view-state.ts, ?fy= of the alignment page). They are checked when the link is made, and read
// again on every request to pin the variables the view's queries must carry.

const FIELD = 'input.params';
const MAX_LENGTH = 2000;
/** The longest window the web app's roadmap shows (its MAX_WINDOW_MONTHS). */
const ROADMAP_MAX_MONTHS = 24;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const GROUP_BYS = ['TEAM', 'GOAL', 'STATUS'] as const;
const STATUSES = new Set<string>(Object.values(InitiativeStatus));

const ROADMAP_KEYS = ['from', 'to', 'group', 'team', 'goal', 'status', 'q', 'collapsed', 'baseline'];
const ALIGNMENT_KEYS = ['fy'];

export interface RoadmapParams {
  from: string;
  to: string;
  groupBy: (typeof GROUP_BYS)[number];
  teamIds: string[];
  goalIds: string[];
  statuses: string[];
  search: string;
  /** The baseline the bars are compared with; '' for none. */
  baseline: string;
}

export interface AlignmentParams {
  /** The fiscal year's first and last day. */
  start: string;
  end: string;
  fiscalYear: number;
}

const bad = (problem: string) => DomainError.badInput(FIELD, problem);

function read(params: string, allowed: readonly string[]): URLSearchParams {
  if (params.length > MAX_LENGTH) throw bad(`at most ${MAX_LENGTH} characters`);
  const query = new URLSearchParams(params.startsWith('?') ? params.slice(1) : params);
  const seen = new Set<string>();
  for (const key of query.keys()) {
    if (!allowed.includes(key)) throw bad(`unknown parameter "${key}"; this view takes ${allowed.join(', ')}`);
    if (seen.has(key)) throw bad(`"${key}" is given twice`);
    seen.add(key);
  }
  return query;
}

/** A comma-separated list as the web app reads it: trimmed, without blanks or repeats, in order. */
function list(query: URLSearchParams, key: string): string[] {
  return [...new Set((query.get(key) ?? '').split(',').map((value) => value.trim()))].filter(Boolean);
}

/** The last day of a window of `months` months from `from` (as the web app computes it). */
function lastDayWithin(from: string, months: number): string {
  const [y, m, d] = [Number(from.slice(0, 4)), Number(from.slice(5, 7)) - 1 + months, Number(from.slice(8, 10))];
  const lastDayOfMonth = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const next = Date.UTC(y, m, Math.min(d, lastDayOfMonth));
  return new Date(next - 86_400_000).toISOString().slice(0, 10);
}

function date(query: URLSearchParams, key: string): string {
  const value = query.get(key) ?? '';
  if (!isIsoDate(value) || value < '1900-01-01' || value > '9998-12-31') throw bad(`"${key}" must be a date (YYYY-MM-DD)`);
  return value;
}

export function roadmapParams(params: string): RoadmapParams {
  const query = read(params, ROADMAP_KEYS);
  const [from, to] = [date(query, 'from'), date(query, 'to')];
  if (to < from) throw bad('"to" must not be before "from"');
  if (to > lastDayWithin(from, ROADMAP_MAX_MONTHS)) throw bad(`the window may span at most ${ROADMAP_MAX_MONTHS} months`);
  const groupBy = (query.get('group') ?? 'team').toUpperCase();
  if (!GROUP_BYS.includes(groupBy as RoadmapParams['groupBy'])) throw bad('"group" must be team, goal or status');
  const [teamIds, goalIds] = [list(query, 'team'), list(query, 'goal')];
  if (![...teamIds, ...goalIds].every((id) => UUID.test(id))) throw bad('"team" and "goal" must be lists of ids');
  const statuses = [...new Set(list(query, 'status').map((status) => status.toUpperCase()))];
  if (!statuses.every((status) => STATUSES.has(status))) throw bad(`"status" must be a list of ${[...STATUSES].join(', ')}`);
  const search = (query.get('q') ?? '').trim();
  if (search.length > LIMITS.search) throw bad(`"q" must be at most ${LIMITS.search} characters`);
  const baseline = (query.get('baseline') ?? '').toLowerCase();
  if (baseline && !UUID.test(baseline)) throw bad('"baseline" must be a baseline\'s id');
  return { from, to, groupBy: groupBy as RoadmapParams['groupBy'], teamIds, goalIds, statuses, search, baseline };
}

export function alignmentParams(params: string, fiscalStartMonth: number): AlignmentParams {
  const query = read(params, ALIGNMENT_KEYS);
  const fy = query.get('fy') ?? '';
  if (!/^\d{4}$/.test(fy) || Number(fy) < 1901 || Number(fy) > 9998) throw bad('"fy" must be a fiscal year, e.g. fy=2027');
  const { start, end } = fiscalYear(Number(fy), fiscalStartMonth);
  return { start, end, fiscalYear: Number(fy) };
}

/** Refuses params this view cannot take (BAD_USER_INPUT at input.params). */
export function assertSharedViewParams(view: SharedView, params: string, fiscalStartMonth: number): void {
  if (view === SharedView.ROADMAP) roadmapParams(params);
  else alignmentParams(params, fiscalStartMonth);
}
