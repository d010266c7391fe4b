import { DataSource, Migration } from 'typeorm';
import { withSessionLock } from './session-lock';

/** pg_advisory_lock's key for "migrating the Throughline schema" (any constant; the same in every process). */
const MIGRATION_LOCK = 7_346_211_809;

/**
 * Applies this build's pending migrations, one transaction each, under an advisory lock: several
 * processes starting at once on one database (a rolling deploy, two replicas) take turns, so the
 * first applies them and the others find nothing left to do. TypeORM takes no lock of its own, and
 * two processes creating the same table fail.
 */
export function migrate(dataSource: DataSource): Promise<Migration[]> {
  return withSessionLock(dataSource, MIGRATION_LOCK, () => dataSource.runMigrations({ transaction: 'each' }));
}
