import { DataSource } from 'typeorm';

const UNDEFINED_TABLE = '42P01';

export interface Readiness {
  status: 'ready' | 'not ready';
  database: 'up' | 'down';
  /** Migrations of this build not applied to the database (absent while it is down). */
  pendingMigrations?: string[];
}

/** The names of this build's migrations (as TypeORM records them) the database has not applied. */
async function pendingMigrations(dataSource: DataSource): Promise<string[]> {
  const table = dataSource.driver.escape(dataSource.options.migrationsTableName ?? 'migrations');
  let applied: Set<string>;
  try {
    // Read only: TypeORM's showMigrations() would create the table and log every migration.
    const rows = (await dataSource.query(`SELECT name FROM ${table}`)) as Array<{ name: string }>;
    applied = new Set(rows.map((row) => row.name));
  } catch (error) {
    if ((error as { code?: string }).code !== UNDEFINED_TABLE) throw error;
    applied = new Set();
  }
  return dataSource.migrations.map((migration) => migration.name ?? migration.constructor.name).filter((name) => !applied.has(name));
}

/** Ready to serve: the database answers and has every migration of this build. */
export async function readiness(dataSource: DataSource): Promise<Readiness> {
  let pending: string[];
  try {
    pending = await pendingMigrations(dataSource);
  } catch {
    return { status: 'not ready', database: 'down' };
  }
  return { status: pending.length ? 'not ready' : 'ready', database: 'up', pendingMigrations: pending };
}
