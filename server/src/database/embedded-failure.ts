/** A start-up failure of the embedded Postgres, worded for the person who ran `npm start`. */
export class EmbeddedPostgresError extends Error {}

const KEPT_LINES = 40;

/** A log line without its time stamp and process id, e.g. `PANIC: could not locate a valid checkpoint record`. */
function tidy(line: string): string {
  return line
    .replace(/^\[STDERR\]\s*/, '')
    .replace(/^\d{4}-\d\d-\d\d [\d:.]+ \S+ \[\d+\]\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The last lines Postgres (and initdb) wrote: the evidence when a start fails. */
export class PostgresLog {
  private lines: string[] = [];

  readonly add = (message: unknown): void => {
    const text = message instanceof Error ? message.message : String(message ?? '');
    this.lines.push(...text.split('\n').map(tidy).filter(Boolean));
    this.lines = this.lines.slice(-KEPT_LINES);
  };

  get text(): string {
    return this.lines.join('\n');
  }

  /** The lines that say why (FATAL, PANIC, ERROR, initdb's error), else the last few. */
  get reason(): string {
    const telling = this.lines.filter((line) => /FATAL|PANIC|ERROR|error:/.test(line));
    return (telling.length ? telling : this.lines).slice(-3).join(' / ') || 'it printed nothing';
  }

  clear(): void {
    this.lines = [];
  }
}

export function portTaken(log: PostgresLog): boolean {
  return /could not bind|Address already in use|could not create any TCP\/IP sockets/i.test(log.text);
}

const STARTING_AGAIN = 'set THROUGHLINE_DATA_DIR to another directory, or DATABASE_URL to a Postgres server';

/** Why Postgres (or initdb) stopped, as a sentence that says what to do. */
export function explainFailure(dataDir: string, log: PostgresLog): EmbeddedPostgresError {
  const text = log.text;
  const said = `(Postgres said: ${log.reason})`;
  const explain = (sentence: string) => new EmbeddedPostgresError(`${sentence} ${said}`);
  if (/Permission denied|Operation not permitted|Read-only file system/i.test(text)) {
    const who = process.getuid?.() === 0 ? 'the `postgres` user it runs as' : 'this user';
    return explain(
      `The embedded Postgres cannot use ${dataDir}: ${who} needs to write to it and to enter every directory above it. Fix the permissions, or ${STARTING_AGAIN}.`,
    );
  }
  if (/No space left on device|Disk quota exceeded/i.test(text)) {
    return explain(`The disk holding ${dataDir} is full. Free some space, then start Throughline again.`);
  }
  if (/lock file .* already exists|is another postmaster/i.test(text)) {
    return explain(`Another Postgres is running on ${dataDir}. Stop it first, or ${STARTING_AGAIN}.`);
  }
  if (/incompatible with server|was initialized by PostgreSQL version/i.test(text)) {
    return explain(
      `The database in ${dataDir} was made by another major version of PostgreSQL. Start it with the PostgreSQL version that made it and dump its data (pg_dump), or move the directory away to start empty.`,
    );
  }
  if (portTaken(log)) {
    return explain(`The embedded Postgres found no free port on 127.0.0.1. Close what holds the ports, or ${STARTING_AGAIN}.`);
  }
  if (/exists but is not empty/i.test(text)) {
    return explain(
      `${dataDir} holds files but no database (a first start interrupted?). Move it away so that a new one is made, or ${STARTING_AGAIN}.`,
    );
  }
  if (/PANIC|checkpoint record|invalid (page|magic|record|resource manager)|could not (read|open) file|corrupt/i.test(text)) {
    return explain(
      `The database in ${dataDir} is damaged and Postgres could not recover it. Restore that directory from a backup, or move it away to start with an empty database.`,
    );
  }
  return explain(`The embedded Postgres in ${dataDir} did not start. Fix what it reports, or ${STARTING_AGAIN}.`);
}

/** The container image leaves the embedded Postgres out: without it, a database server is needed. */
export function noEmbeddedPostgres(error: unknown): never {
  if ((error as NodeJS.ErrnoException)?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  throw new EmbeddedPostgresError(
    'This installation has no embedded Postgres (the container image leaves it out): set DATABASE_URL to your Postgres server, e.g. postgres://user:password@host:5432/throughline.',
  );
}
