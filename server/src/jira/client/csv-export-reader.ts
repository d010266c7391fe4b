import { parse } from 'csv-parse/sync';
import { JiraFieldIds } from './field-discovery';
import { JiraIssue } from './jira-types';
import { csvDate, csvInstant, statusCategoryKey } from './csv-values';
import { wikiToMarkdown } from './wiki-to-markdown';

export interface JiraCsvOptions {
  /** The exporting user's time zone: Created/Updated are written in it. Default UTC. */
  timeZone?: string;
  /** Team id → name, for sites whose export holds the Team field's id rather than its name. */
  teamNames?: Record<string, string>;
  /** Other column headers to read the Target start/end, Start date and Team from. */
  columns?: Partial<Record<keyof JiraFieldIds, string>>;
}

/** Raised when the file is not a Jira "Export → CSV (all fields)" file. */
export class JiraCsvError extends Error {}

const CSV_FIELD_IDS: Required<JiraFieldIds> = {
  targetStart: 'csv:targetStart',
  targetEnd: 'csv:targetEnd',
  startDate: 'csv:startDate',
  team: 'csv:team',
};
const DEFAULT_COLUMNS: Required<JiraFieldIds> = {
  targetStart: 'Custom field (Target start)',
  targetEnd: 'Custom field (Target end)',
  startDate: 'Custom field (Start date)',
  team: 'Custom field (Team)',
};
const REQUIRED = ['Issue key', 'Issue id', 'Summary'];
const BLOCKS = { name: 'Blocks', inward: 'is blocked by', outward: 'blocks' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The field ids mapIssue should use for issues read by readJiraCsvExport. */
export function discoverCsvFieldIds(): JiraFieldIds {
  return { ...CSV_FIELD_IDS };
}

type Row = { one: (header: string) => string | undefined; all: (header: string) => string[] };

/**
 * Jira's "Export → CSV (all fields)": one row per issue, a column per field value, with a column
 * name repeated once per value (links, sprints, watchers, comments). Gives issues shaped like REST ones.
 */
export function readJiraCsvExport(csv: string | Buffer, options: JiraCsvOptions = {}): { issues: JiraIssue[] } {
  const records = parseCsv(csv);
  const headers = records[0].map((header) => header.trim());
  const missing = REQUIRED.filter((name) => !headers.includes(name));
  if (missing.length) {
    throw new JiraCsvError(`This is not a Jira "CSV (all fields)" export: it has no ${missing.map((m) => `"${m}"`).join(', ')} column.`);
  }
  const columns = columnIndex(headers);
  const rows = records
    .slice(1)
    .filter((record) => record.some((cell) => cell.trim() !== ''))
    .map((record) => rowReader(columns, record));
  const idByKey = new Map(rows.map((row) => [row.one('Issue key')!, row.one('Issue id')!]));
  return { issues: rows.map((row) => toIssue(row, idByKey, options)) };
}

function parseCsv(csv: string | Buffer): string[][] {
  try {
    const records: string[][] = parse(csv, { bom: true, relax_column_count: true, relax_quotes: true });
    if (!records.length) throw new JiraCsvError('The CSV file is empty.');
    return records;
  } catch (error) {
    if (error instanceof JiraCsvError) throw error;
    throw new JiraCsvError(`The file could not be read as CSV: ${(error as Error).message}`);
  }
}

function columnIndex(headers: string[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  headers.forEach((header, position) => index.set(header, [...(index.get(header) ?? []), position]));
  return index;
}

function rowReader(columns: Map<string, number[]>, record: string[]): Row {
  const all = (header: string) => (columns.get(header) ?? []).map((i) => record[i]?.trim() ?? '').filter((cell) => cell !== '');
  return { all, one: (header) => all(header)[0] };
}

function toIssue(row: Row, idByKey: Map<string, string>, options: JiraCsvOptions): JiraIssue {
  const key = row.one('Issue key')!;
  const projectKey = row.one('Project key') ?? key.replace(/-\d+$/, '');
  const columns = { ...DEFAULT_COLUMNS, ...options.columns };
  const description = row.one('Description');
  return {
    id: row.one('Issue id')!,
    key,
    fields: {
      summary: row.one('Summary'),
      description: description ? wikiToMarkdown(description) : null,
      issuetype: { name: row.one('Issue Type') },
      status: { name: row.one('Status'), statusCategory: { key: statusCategoryKey(row.one('Status Category'), row.one('Status')) } },
      project: { key: projectKey, name: row.one('Project name') ?? projectKey },
      duedate: csvDate(row.one('Due date')),
      parent: parentOf(row),
      issuelinks: blockLinks(row, idByKey),
      updated: csvInstant(row.one('Updated'), options.timeZone ?? 'UTC'),
      [CSV_FIELD_IDS.targetStart]: firstDate(row.all(columns.targetStart)),
      [CSV_FIELD_IDS.targetEnd]: firstDate(row.all(columns.targetEnd)),
      [CSV_FIELD_IDS.startDate]: firstDate(row.all(columns.startDate)),
      [CSV_FIELD_IDS.team]: teamOf(row.one(columns.team), options.teamNames),
    },
  };
}

// Newer exports call the parent's id "Parent" (next to "Parent key"); older ones "Parent id".
function parentOf(row: Row): { id: string; key?: string } | undefined {
  const id = row.one('Parent id') ?? row.all('Parent').find((cell) => /^\d+$/.test(cell));
  return id ? { id, key: row.one('Parent key') } : undefined;
}

// A link to an issue outside the export keeps its key but has no id to point at.
function blockLinks(row: Row, idByKey: Map<string, string>) {
  const link = (key: string) => ({ key, ...(idByKey.has(key) ? { id: idByKey.get(key) } : {}) });
  return [
    ...row.all('Outward issue link (Blocks)').map((key) => ({ type: BLOCKS, outwardIssue: link(key) })),
    ...row.all('Inward issue link (Blocks)').map((key) => ({ type: BLOCKS, inwardIssue: link(key) })),
  ];
}

// Several fields may share one display name; the first cell that reads as a date wins.
function firstDate(cells: string[]): string | null {
  return cells.map(csvDate).find((date) => date !== null) ?? null;
}

function teamOf(cell: string | undefined, names: Record<string, string> = {}): { id?: string; name?: string } | null {
  if (!cell) return null;
  if (names[cell]) return { id: cell, name: names[cell] };
  return UUID.test(cell) ? { id: cell } : { name: cell };
}
