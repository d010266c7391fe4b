import type { Client } from 'pg';
import { quoteIdent } from './schema-catalog';

/**
 * Inside the import's transaction: makes every foreign key of schema public deferred, so rows may
 * arrive in any order within a table (a goal before its parent goal, a decision before the one that
 * supersedes it). The returned function checks them all, then makes them as they were; the
 * transaction's end makes the change invisible to anyone else.
 */
export async function deferForeignKeys(client: Client): Promise<() => Promise<void>> {
  const { rows } = await client.query<{ table: string; name: string; deferrable: boolean; deferred: boolean }>(
    `SELECT c.relname AS table, k.conname AS name, k.condeferrable AS deferrable, k.condeferred AS deferred
       FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE k.contype = 'f' AND n.nspname = 'public'`,
  );
  const alter = (key: (typeof rows)[number], how: string) =>
    client.query(`ALTER TABLE public.${quoteIdent(key.table)} ALTER CONSTRAINT ${quoteIdent(key.name)} ${how}`);
  for (const key of rows) await alter(key, 'DEFERRABLE INITIALLY DEFERRED');
  await client.query('SET CONSTRAINTS ALL DEFERRED');
  return async () => {
    // The checks of every row inserted so far run now: a dangling reference fails the import here.
    await client.query('SET CONSTRAINTS ALL IMMEDIATE');
    for (const key of rows) {
      await alter(key, `${key.deferrable ? 'DEFERRABLE' : 'NOT DEFERRABLE'} INITIALLY ${key.deferred ? 'DEFERRED' : 'IMMEDIATE'}`);
    }
  };
}
