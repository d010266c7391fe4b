import type { Client } from 'pg';

// What the catalog says about the application's tables (schema public): which there are, in what
// order to fill them, which columns take values, which sequences they use.

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * The tables of schema public, parents before the tables whose foreign keys reference them (ties by
 * name). pg-boss's schema (the job queue) is not part of it: a server recreates it at start.
 */
export async function tablesInDependencyOrder(client: Client): Promise<string[]> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY c.relname`,
  );
  const { rows: edges } = await client.query<{ child: string; parent: string }>(
    `SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE k.contype = 'f' AND n.nspname = 'public' AND k.conrelid <> k.confrelid`,
  );
  return topologicalOrder(
    tables.map((table) => table.name),
    edges,
  );
}

/** Kahn's algorithm; a cycle (none today) is broken by taking the remaining tables by name. */
export function topologicalOrder(names: string[], edges: Array<{ child: string; parent: string }>): string[] {
  const parents = new Map(names.map((name) => [name, new Set<string>()]));
  for (const { child, parent } of edges) if (parents.has(child) && parents.has(parent)) parents.get(child)!.add(parent);
  const order: string[] = [];
  while (parents.size) {
    const ready = [...parents].filter(([, of]) => [...of].every((parent) => !parents.has(parent))).map(([name]) => name);
    for (const name of ready.length ? ready : [[...parents.keys()].sort()[0]]) {
      order.push(name);
      parents.delete(name);
    }
  }
  return order;
}

/** The columns an INSERT may set: not generated (e.g. risk.severity) and not dropped. */
export async function insertableColumns(client: Client, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT a.attname AS name FROM pg_attribute a
      WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      ORDER BY a.attnum`,
    [`public.${quoteIdent(table)}`],
  );
  return rows.map((row) => row.name);
}

export async function sequences(client: Client): Promise<Array<{ name: string; lastValue: string | null }>> {
  const { rows } = await client.query<{ name: string; lastValue: string | null }>(
    `SELECT sequencename AS name, last_value::text AS "lastValue" FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`,
  );
  return rows;
}

/** The names of the applied migrations, oldest first; none when the table does not exist yet. */
export async function appliedMigrations(client: Client): Promise<string[]> {
  const { rows: exists } = await client.query(`SELECT to_regclass('public.migrations') IS NOT NULL AS present`);
  if (!exists[0].present) return [];
  const { rows } = await client.query<{ name: string }>('SELECT name FROM migrations ORDER BY id');
  return rows.map((row) => row.name);
}
