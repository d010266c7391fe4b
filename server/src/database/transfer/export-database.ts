import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { Client } from 'pg';
import { EXPORT_FORMAT, EXPORT_VERSION, ExportHeader } from './export-format';
import { appliedMigrations, quoteIdent, sequences, tablesInDependencyOrder } from './schema-catalog';

const ROWS_PER_FETCH = 1000;

async function write(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

/**
 * Writes every row of every application table to `file` (export-format.ts), read in one
 * repeatable-read transaction: one consistent moment of the database, even with writers running.
 * The file appears only when complete.
 */
export async function exportDatabase(client: Client, file: string): Promise<ExportHeader> {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    const names = await tablesInDependencyOrder(client);
    const tables = [];
    for (const name of names) {
      const { rows } = await client.query<{ rows: number }>(`SELECT count(*)::int AS rows FROM public.${quoteIdent(name)}`);
      tables.push({ name, rows: rows[0].rows });
    }
    const header: ExportHeader = {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: new Date().toISOString(),
      migrations: await appliedMigrations(client),
      tables,
      sequences: await sequences(client),
    };
    const partial = `${file}.partial`;
    const gzip = createGzip();
    const written = pipeline(gzip, createWriteStream(partial, { mode: 0o600 }));
    await write(gzip, JSON.stringify(header) + '\n');
    for (const name of names) await writeRows(client, name, gzip);
    gzip.end();
    await written;
    await client.query('COMMIT');
    await rename(partial, file);
    return header;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

async function writeRows(client: Client, table: string, out: Writable): Promise<void> {
  const prefix = `{"table":${JSON.stringify(table)},"row":`;
  await client.query(`DECLARE export_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS row FROM public.${quoteIdent(table)} t`);
  for (;;) {
    const { rows } = await client.query<{ row: string }>(`FETCH ${ROWS_PER_FETCH} FROM export_rows`);
    if (!rows.length) break;
    await write(out, rows.map((row) => `${prefix}${row.row}}\n`).join(''));
  }
  await client.query('CLOSE export_rows');
}
