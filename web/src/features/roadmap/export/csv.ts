import type { LayoutItem } from '../geometry/layout';

export interface CsvInitiative extends LayoutItem {
  title: string;
  status: string;
  health: string;
  progress: number | null;
  leadTeam: { name: string } | null;
}

export const CSV_COLUMNS = ['key', 'title', 'team', 'status', 'health', 'start', 'end', 'progress'] as const;

// A cell starting with = + - @ would run as a formula in a spreadsheet; a leading quote keeps it text.
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The initiatives of the view, each once (grouping by goal can show one in several lanes). */
export function uniqueInitiatives<T extends LayoutItem>(lanes: ReadonlyArray<{ initiatives: readonly T[] }>): T[] {
  const seen = new Map<string, T>();
  for (const lane of lanes) for (const item of lane.initiatives) if (!seen.has(item.id)) seen.set(item.id, item);
  return [...seen.values()];
}

/** RFC 4180 CSV with a header row; progress as a percentage, empty when unknown. */
export function toCsv(initiatives: readonly CsvInitiative[]): string {
  const lines = initiatives.map((i) =>
    [
      i.key,
      i.title,
      i.leadTeam?.name ?? '',
      i.status,
      i.health,
      i.startDate ?? '',
      i.endDate ?? '',
      i.progress === null ? '' : `${Math.round(i.progress * 100)}%`,
    ]
      .map(cell)
      .join(','),
  );
  return [CSV_COLUMNS.join(','), ...lines].join('\r\n') + '\r\n';
}
