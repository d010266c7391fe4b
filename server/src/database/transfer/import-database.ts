import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { Client } from 'pg';
import { ExportHeader, readHeader, RowLine, SCHEMA_STATE_TABLES } from './export-format';
import { appliedMigrations, insertableColumns, quoteIdent, tablesInDependencyOrder } from './schema-catalog';
import { deferForeignKeys } from './deferred-foreign-keys';

const ROWS_PER_INSERT = 500;

export interface TableCount {
  name: string;
  exported: number;
  imported: number;
}

/** Throws unless the target has the export's schema version (the same migrations, in order). */
function assertSameSchema(header: ExportHeader, target: string[]): void {
  const same = target.length === header.migrations.length && target.every((name, i) => name === header.migrations[i]);
  if (same) return;
  throw new Error(
    `The export's schema version (${header.migrations.length} migrations, the last ${header.migrations.at(-1) ?? 'none'}) is not the target's ` +
      `(${target.length}, the last ${target.at(-1) ?? 'none'}). Export and import with the same Throughline version: start the ` +
      'source once with this version (it applies its migrations), then export again.',
  );
}

async function refuseNonEmpty(client: Client, tables: string[]): Promise<void> {
  const filled = [];
  for (const table of tables.filter((name) => !SCHEMA_STATE_TABLES.includes(name))) {
    const { rows } = await client.query(`SELECT EXISTS (SELECT 1 FROM public.${quoteIdent(table)}) AS filled`);
    if (rows[0].filled) filled.push(table);
  }
  if (filled.length) {
    throw new Error(
      `The target database is not empty (${filled.slice(0, 5).join(', ')}${filled.length > 5 ? '…' : ''} hold rows): nothing was imported. ` +
        'Import into a new, empty database (or one that a server has only migrated, with SEED_DEMO_DATA=false).',
    );
  }
}

/** Inserts a batch of one table's rows, JSON to columns by Postgres itself; identity columns keep their values. */
async function insertRows(client: Client, table: string, columns: string[], rows: Array<Record<string, unknown>>): Promise<void> {
  const list = columns.map(quoteIdent).join(', ');
  const target = `public.${quoteIdent(table)}`;
  await client.query(
    `INSERT INTO ${target} (${list}) OVERRIDING SYSTEM VALUE SELECT ${list} FROM json_populate_recordset(NULL::${target}, $1::json)`,
    [JSON.stringify(rows)],
  );
}

/**
 * Loads an export (export-format.ts) into `client`'s database, which must already have the
 * export's schema and no data: all of it in one transaction, foreign keys checked at the end,
 * sequences set as they were, then every table's count compared with the export's (a mismatch
 * rolls everything back). Returns the counts.
 */
export async function importDatabase(client: Client, file: string): Promise<TableCount[]> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity })[Symbol.asyncIterator]();
  const header = readHeader(await firstLine(lines, file), file);
  assertSameSchema(header, await appliedMigrations(client));
  const targetTables = await tablesInDependencyOrder(client);
  const missing = header.tables.filter((table) => !targetTables.includes(table.name));
  if (missing.length) throw new Error(`The target has no table ${missing.map((table) => table.name).join(', ')}`);

  await client.query('BEGIN');
  try {
    await refuseNonEmpty(client, targetTables);
    const restoreForeignKeys = await deferForeignKeys(client);
    for (const table of SCHEMA_STATE_TABLES.filter((name) => targetTables.includes(name)))
      await client.query(`DELETE FROM public.${quoteIdent(table)}`);
    await insertAll(client, lines);
    for (const sequence of header.sequences) {
      await client.query(
        sequence.lastValue === null
          ? 'SELECT setval($1::regclass, seqstart, false) FROM pg_sequence WHERE seqrelid = $1::regclass'
          : 'SELECT setval($1::regclass, $2::bigint, true)',
        sequence.lastValue === null ? [`public.${quoteIdent(sequence.name)}`] : [`public.${quoteIdent(sequence.name)}`, sequence.lastValue],
      );
    }
    await restoreForeignKeys();
    const counts = await countRows(client, header);
    const wrong = counts.filter((count) => count.imported !== count.exported);
    if (wrong.length) {
      throw new Error(
        `Row counts differ after the import (${wrong.map((c) => `${c.name}: ${c.exported} exported, ${c.imported} imported`).join('; ')}): nothing was imported`,
      );
    }
    await client.query('COMMIT');
    return counts;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** The header line; a file that is missing or not gzip says so in words. */
async function firstLine(lines: AsyncIterator<string>, file: string): Promise<string | undefined> {
  try {
    return (await lines.next()).value;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT') throw new Error(`There is no file ${file}`, { cause: error });
    if (code?.startsWith('Z_')) return undefined;
    throw error;
  }
}

async function insertAll(client: Client, lines: AsyncIterator<string>): Promise<void> {
  const columns = new Map<string, string[]>();
  let table: string | null = null;
  let batch: Array<Record<string, unknown>> = [];
  const flush = async () => {
    if (!table || !batch.length) return;
    if (!columns.has(table)) columns.set(table, await insertableColumns(client, table));
    await insertRows(client, table, columns.get(table)!, batch);
    batch = [];
  };
  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    if (!next.value) continue;
    const line = JSON.parse(next.value) as RowLine;
    if (line.table !== table || batch.length >= ROWS_PER_INSERT) await flush();
    table = line.table;
    batch.push(line.row);
  }
  await flush();
}

async function countRows(client: Client, header: ExportHeader): Promise<TableCount[]> {
  const counts = [];
  for (const table of header.tables) {
    const { rows } = await client.query<{ rows: number }>(`SELECT count(*)::int AS rows FROM public.${quoteIdent(table.name)}`);
    counts.push({ name: table.name, exported: table.rows, imported: rows[0].rows });
  }
  return counts;
}
