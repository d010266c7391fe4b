/**
 * The file `npm run db:export` writes and `npm run db:import` reads: gzip'd JSON lines. The first
 * line is the header; then one line per row, `{"table": name, "row": {column: value…}}`, tables in
 * the header's order (parents before the tables that reference them), each row as Postgres's
 * row_to_json wrote it (and json_populate_recordset reads it back, type for type).
 */
export const EXPORT_FORMAT = 'throughline-export';
export const EXPORT_VERSION = 1;

export interface ExportedTable {
  name: string;
  rows: number;
}

export interface ExportedSequence {
  name: string;
  /** pg_sequences.last_value as text (a bigint); null: never used. */
  lastValue: string | null;
}

export interface ExportHeader {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  /** The schema version: the names of the migrations applied to the source, in order. */
  migrations: string[];
  tables: ExportedTable[];
  sequences: ExportedSequence[];
}

export interface RowLine {
  table: string;
  row: Record<string, unknown>;
}

/** Tables that a freshly migrated database already fills (the migrations' own bookkeeping). */
export const SCHEMA_STATE_TABLES = ['migrations', 'typeorm_metadata'];

export function readHeader(line: string | undefined, file: string): ExportHeader {
  let header: Partial<ExportHeader> | undefined;
  try {
    header = line ? (JSON.parse(line) as Partial<ExportHeader>) : undefined;
  } catch {
    header = undefined;
  }
  if (header?.format !== EXPORT_FORMAT) throw new Error(`${file} is not a Throughline export (made by npm run db:export)`);
  if (header.version !== EXPORT_VERSION) {
    throw new Error(`${file} is an export of format version ${header.version}; this Throughline reads version ${EXPORT_VERSION}`);
  }
  return header as ExportHeader;
}
