import { DataSource, Migration } from 'typeorm';

/** pg_advisory_lock's key for "migrating the Throughline schema" (any constant; the same in every process). */
const MIGRATION_LOCK = 7_346_211_809;

/**
 * Applies this build's pending migrations, one transaction each, while holding a Postgres advisory
 * lock: several processes starting at once on one database (a rolling deploy, two replicas) take
 * turns, so the first applies them and the others find nothing left to do. TypeORM takes no lock of
 * its own, and two processes creating the same table fail.
 */
export async function migrate(dataSource: DataSource): Promise<Migration[]> {
  const holder = dataSource.createQueryRunner();
  await holder.connect();
  try {
    await holder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      return await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await holder.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    await holder.release();
  }
}
