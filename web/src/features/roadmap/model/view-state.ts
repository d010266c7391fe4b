import { InitiativeStatus, isIsoDate, quarterOf } from '@throughline/shared';
import { addMonths, fromDay, toDay, wholeMonthsBetween } from './days';

export type GroupBy = 'TEAM' | 'GOAL' | 'STATUS';
export const GROUP_BYS: readonly GroupBy[] = ['TEAM', 'GOAL', 'STATUS'];

/** Everything that decides what the roadmap shows; all of it lives in the URL. */
export interface RoadmapView {
  from: string;
  /** Inclusive. */
  to: string;
  groupBy: GroupBy;
  teamIds: string[];
  goalIds: string[];
  statuses: InitiativeStatus[];
  search: string;
  /** Keys of the lanes folded shut. */
  collapsed: string[];
  /** The id of the baseline the bars are compared with; '' for none. */
  baseline: string;
  /** Whether the bars show where their work is forecast to run. */
  forecastGhosts: boolean;
}

export interface Zoom {
  id: 'quarter' | 'half' | 'year' | '2y';
  label: string;
  months: number;
}

export const ZOOMS: readonly Zoom[] = [
  { id: 'quarter', label: 'Quarter', months: 3 },
  { id: 'half', label: 'Half', months: 6 },
  { id: 'year', label: 'Year', months: 12 },
  { id: '2y', label: '2 Years', months: 24 },
];

export const MAX_WINDOW_MONTHS = 24;
const STATUSES = new Set<string>(Object.values(InitiativeStatus));
const PARAM = {
  from: 'from',
  to: 'to',
  groupBy: 'group',
  teams: 'team',
  goals: 'goal',
  statuses: 'status',
  search: 'q',
  collapsed: 'collapsed',
  baseline: 'baseline',
  forecastGhosts: 'ghosts',
} as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Where a window of this many months around today starts: today's quarter for up to half a year;
 * for longer ones the quarter before it (last quarter's results, this one's work, what comes next).
 */
function startAroundToday(today: string, months: number, fiscalStartMonth: number): string {
  return quarterOf(months <= 6 ? today : addMonths(today, -3), fiscalStartMonth).start;
}

/** The window when the URL names none: a year, or `months` (half a year on a phone), around today. */
export function defaultWindow(today: string, fiscalStartMonth = 1, months = 12): { from: string; to: string } {
  return windowOf(startAroundToday(today, months, fiscalStartMonth), months);
}

export function windowOf(from: string, months: number): { from: string; to: string } {
  return { from, to: fromDay(toDay(addMonths(from, months)) - 1) };
}

function list(params: URLSearchParams, name: string): string[] {
  const values = params.getAll(name).flatMap((v) => v.split(','));
  return [...new Set(values.map((v) => v.trim()).filter(Boolean))];
}

function parseWindow(
  params: URLSearchParams,
  today: string,
  fiscalStartMonth: number,
  defaultMonths: number,
): { from: string; to: string } {
  const from = params.get(PARAM.from) ?? '';
  const to = params.get(PARAM.to) ?? '';
  if (!isIsoDate(from) || !isIsoDate(to) || to < from) return defaultWindow(today, fiscalStartMonth, defaultMonths);
  const latest = windowOf(from, MAX_WINDOW_MONTHS).to;
  return { from, to: to > latest ? latest : to };
}

/** Reads a view from the URL; anything missing or malformed falls back to the default. */
export function parseView(params: URLSearchParams, today: string, fiscalStartMonth = 1, defaultMonths = 12): RoadmapView {
  const groupBy = (params.get(PARAM.groupBy) ?? '').toUpperCase();
  return {
    ...parseWindow(params, today, fiscalStartMonth, defaultMonths),
    groupBy: GROUP_BYS.includes(groupBy as GroupBy) ? (groupBy as GroupBy) : 'TEAM',
    teamIds: list(params, PARAM.teams),
    goalIds: list(params, PARAM.goals),
    statuses: [...new Set(list(params, PARAM.statuses).map((s) => s.toUpperCase()))].filter((s): s is InitiativeStatus => STATUSES.has(s)),
    search: (params.get(PARAM.search) ?? '').trim(),
    collapsed: list(params, PARAM.collapsed),
    baseline: UUID.test(params.get(PARAM.baseline) ?? '') ? params.get(PARAM.baseline)!.toLowerCase() : '',
    forecastGhosts: params.get(PARAM.forecastGhosts) === '1',
  };
}

/** Writes a view to URL parameters; the window is always there so a link reproduces it on any day. */
export function serializeView(view: RoadmapView): URLSearchParams {
  const params = new URLSearchParams({ [PARAM.from]: view.from, [PARAM.to]: view.to });
  if (view.groupBy !== 'TEAM') params.set(PARAM.groupBy, view.groupBy.toLowerCase());
  const lists: Array<[string, string[]]> = [
    [PARAM.teams, view.teamIds],
    [PARAM.goals, view.goalIds],
    [PARAM.statuses, view.statuses],
    [PARAM.collapsed, view.collapsed],
  ];
  for (const [name, values] of lists) if (values.length) params.set(name, values.join(','));
  if (view.search) params.set(PARAM.search, view.search);
  if (view.baseline) params.set(PARAM.baseline, view.baseline);
  if (view.forecastGhosts) params.set(PARAM.forecastGhosts, '1');
  return params;
}

/** A share link's params: the view without the forecast ghosts, which a shared roadmap does not show (nor take). */
export function shareParams(view: RoadmapView): string {
  return serializeView({ ...view, forecastGhosts: false }).toString();
}

/** The preset the window matches, if it is one. */
export function zoomOf(view: Pick<RoadmapView, 'from' | 'to'>): Zoom | undefined {
  const months = wholeMonthsBetween(view.from, view.to);
  return ZOOMS.find((z) => z.months === months);
}

/** Zooms to a preset, starting at the fiscal quarter that holds the current start. */
export function applyZoom<T extends RoadmapView>(view: T, zoom: Zoom, fiscalStartMonth = 1): T {
  return { ...view, ...windowOf(quarterOf(view.from, fiscalStartMonth).start, zoom.months) };
}

/** Moves the window a quarter earlier (-1) or later (+1), keeping its length. */
export function shiftWindow<T extends RoadmapView>(view: T, direction: -1 | 1): T {
  const months = wholeMonthsBetween(view.from, view.to);
  if (months !== null) return { ...view, ...windowOf(addMonths(view.from, 3 * direction), months) };
  const length = toDay(view.to) - toDay(view.from);
  const from = addMonths(view.from, 3 * direction);
  return { ...view, from, to: fromDay(toDay(from) + length) };
}

/** Keeps the zoom but puts today's quarter back in view (a quarter before it for a year or more). */
export function windowAroundToday<T extends RoadmapView>(view: T, today: string, fiscalStartMonth = 1): T {
  const months = wholeMonthsBetween(view.from, view.to) ?? 12;
  return { ...view, ...windowOf(startAroundToday(today, months, fiscalStartMonth), months) };
}
