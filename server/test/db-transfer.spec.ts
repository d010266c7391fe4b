import { execFile } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { Client } from 'pg';
import { SecretBox } from '../src/common/secret-box';
import { SERVER_ROOT } from './server-process';
import { createTestDatabase, TestDatabase } from './test-database';

// Moving off one database: the real command-line tools (as `npm run db:export` / `db:import` run
// them) between two databases of the test server, the source holding the demo data and more.

const run = promisify(execFile);

/** Runs a server CLI from source; resolves with its output whatever its exit code. */
async function cli(script: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['-r', './test/swc-register.js', script, ...args], {
      cwd: SERVER_ROOT,
      env: { ...process.env, DATABASE_URL: '', LOG_LEVEL: 'warn', ...env },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

async function connect(url: string): Promise<Client> {
  const client = new Client({ connectionString: url });
  await client.connect();
  return client;
}

/** Every table of schema public: its row count and a digest of all its rows (as JSON, in a fixed order). */
async function snapshot(client: Client): Promise<Record<string, { rows: number; digest: string }>> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
  );
  const result: Record<string, { rows: number; digest: string }> = {};
  for (const { name } of tables) {
    const { rows } = await client.query<{ rows: number; digest: string }>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(j, E'\\n' ORDER BY j), '')) AS digest FROM (SELECT row_to_json(t)::text AS j FROM "${name}" t) r`,
    );
    result[name] = rows[0];
  }
  return result;
}

async function sequenceValues(client: Client): Promise<unknown[]> {
  return (await client.query(`SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`)).rows;
}

describe('db:export and db:import', () => {
  const key = randomBytes(32);
  const token = 'jira-api-token-that-must-stay-sealed';
  const connectionId = randomUUID();
  let source: TestDatabase;
  let target: TestDatabase;
  let dir: string;

  beforeAll(async () => {
    [source, target] = [await createTestDatabase(), await createTestDatabase()];
    dir = mkdtempSync(join(tmpdir(), 'throughline-export-'));
    const seeded = await cli('src/seed/seed-cli.ts', [], { DATABASE_URL: source.url });
    expect(seeded).toMatchObject({ code: 0 });
    const db = await connect(source.url);
    try {
      // Beyond the demo data: an account, a Jira token sealed with the key, and a sub-goal stored before its parent.
      await db.query(
        `INSERT INTO users (email, name, role, password_hash) VALUES ('ada@example.com', 'Ada', 'ADMIN', '$argon2id$v=19$m=1,t=1,p=1$c2FsdA$aGFzaA')`,
      );
      await db.query(
        `INSERT INTO jira_connection (id, name, base_url, email, api_token_encrypted, jql, field_overrides) VALUES ($1, 'Acme', 'https://acme.atlassian.net', 'a@acme.com', $2, 'project = A', '{"team": "customfield_1"}')`,
        [connectionId, new SecretBox(key).encrypt(token, connectionId)],
      );
      const [child, parent] = [randomUUID(), randomUUID()];
      await db.query(`INSERT INTO goal (id, title) VALUES ($1, 'A sub-goal, stored first')`, [child]);
      await db.query(`INSERT INTO goal (id, title) VALUES ($1, 'Its parent, stored later')`, [parent]);
      await db.query(`UPDATE goal SET parent_id = $2 WHERE id = $1`, [child, parent]);
    } finally {
      await db.end();
    }
  }, 120_000);

  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await source.drop();
    await target.drop();
  });

  it('round-trips every table, row for row, into an empty database; secrets stay sealed with the same key', async () => {
    const file = join(dir, 'throughline.jsonl.gz');
    const exported = await cli('src/database/transfer/db-export-cli.ts', [file, '--from', source.url]);
    expect(exported.output).toMatch(/Exported \d+ rows of \d+ tables/);
    expect(exported.code).toBe(0);

    const imported = await cli('src/database/transfer/db-import-cli.ts', [file, '--to', target.url]);
    expect(imported.output).toMatch(/every table's count matches the export/);
    expect(imported.code).toBe(0);
    expect(imported.output).toMatch(/^measurement +\d+ +\d+$/m);

    const [from, to] = [await connect(source.url), await connect(target.url)];
    try {
      const [before, after] = [await snapshot(from), await snapshot(to)];
      expect(after).toEqual(before);
      expect(before.measurement.rows).toBeGreaterThan(1000);
      expect(before.audit_event.rows).toBeGreaterThan(0);
      expect(await sequenceValues(to)).toEqual(await sequenceValues(from));
      const { rows } = await to.query('SELECT api_token_encrypted FROM jira_connection WHERE id = $1', [connectionId]);
      expect(rows[0].api_token_encrypted).not.toContain(token);
      expect(new SecretBox(key).decrypt(rows[0].api_token_encrypted, connectionId)).toBe(token);
      // The identity column goes on after the imported ids.
      await to.query(
        `INSERT INTO audit_event (actor_kind, actor_name, action, entity_type, entity_id) SELECT actor_kind, actor_name, action, entity_type, entity_id FROM audit_event LIMIT 1`,
      );
    } finally {
      await from.end();
      await to.end();
    }
  }, 120_000);

  it('refuses a database that holds data, and changes nothing there', async () => {
    const file = join(dir, 'again.jsonl.gz');
    expect((await cli('src/database/transfer/db-export-cli.ts', [file, '--from', source.url])).code).toBe(0);
    const db = await connect(source.url);
    try {
      const before = await snapshot(db);
      const refused = await cli('src/database/transfer/db-import-cli.ts', [file, '--to', source.url]);
      expect(refused.code).toBe(1);
      expect(refused.output).toMatch(/The target database is not empty \(.*hold rows\): nothing was imported/);
      expect(await snapshot(db)).toEqual(before);
    } finally {
      await db.end();
    }
  }, 60_000);

  it('says so when the file is not an export', async () => {
    const file = join(dir, 'not-an-export.gz');
    writeFileSync(file, gzipSync('{"hello": "world"}\n'));
    const refused = await cli('src/database/transfer/db-import-cli.ts', [file, '--to', target.url]);
    expect(refused).toMatchObject({ code: 1, output: expect.stringContaining('is not a Throughline export') });
    writeFileSync(file, 'plain text, not gzip');
    const notGzip = await cli('src/database/transfer/db-import-cli.ts', [file, '--to', target.url]);
    expect(notGzip).toMatchObject({ code: 1, output: expect.stringContaining('is not a Throughline export') });
  });
});
