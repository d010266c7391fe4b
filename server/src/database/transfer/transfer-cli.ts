import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { loadConfig } from '../../config/config';
import { resolveDatabase } from '../resolve-database';

export interface TransferArgs {
  /** The export file, resolved against the directory npm was run from. */
  file: string;
  /** --from / --to: a Postgres URL; unset: DATABASE_URL, or the embedded Postgres. */
  url: string | undefined;
}

/** `<file> [--<flag> postgres://…]`; null when the arguments are not that. */
export function parseTransferArgs(flag: 'from' | 'to'): TransferArgs | null {
  try {
    const { values, positionals } = parseArgs({ options: { [flag]: { type: 'string' } }, allowPositionals: true });
    if (positionals.length !== 1) return null;
    // npm runs the script in server/: a relative path means where the user typed the command.
    return { file: resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]), url: values[flag] as string | undefined };
  } catch {
    return null;
  }
}

/** Connects to the given URL, else to the database the server would use (DATABASE_URL or embedded). */
export async function withDatabase<T>(
  url: string | undefined,
  work: (client: Client, url: string, embedded: boolean) => Promise<T>,
): Promise<T> {
  const database = url ? { url, embedded: false, stop: async () => undefined } : await resolveDatabase(loadConfig());
  try {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      return await work(client, database.url, database.embedded);
    } finally {
      await client.end();
    }
  } finally {
    await database.stop();
  }
}

/** `postgres://user@host:5432/db`, without the password. */
export function describeUrl(url: string): string {
  const parsed = new URL(url);
  parsed.password = '';
  return parsed.toString();
}

export function runCli(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
