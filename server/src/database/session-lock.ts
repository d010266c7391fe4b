import { DataSource } from 'typeorm';

/**
 * Runs `work` while this process holds the Postgres session advisory lock `key`, on a connection of
 * its own: processes starting at once on one database take turns at work that is not safe to run
 * side by side (DDL above all), and each finds what the one before it did.
 */
export async function withSessionLock<T>(dataSource: DataSource, key: number, work: () => Promise<T>): Promise<T> {
  const holder = dataSource.createQueryRunner();
  await holder.connect();
  try {
    await holder.query('SELECT pg_advisory_lock($1)', [key]);
    try {
      return await work();
    } finally {
      await holder.query('SELECT pg_advisory_unlock($1)', [key]);
    }
  } finally {
    await holder.release();
  }
}
