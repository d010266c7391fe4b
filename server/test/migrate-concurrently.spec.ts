import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';
import { migrate } from '../src/database/migrate';
import { createTestDatabase, TestDatabase } from './test-database';

// What two processes starting at once on an empty database do (two-processes.spec.ts starts real
// ones; here both are made to migrate at the very same moment).

describe('migrations started by several processes at once', () => {
  let database: TestDatabase;
  let sources: DataSource[];

  beforeAll(async () => {
    database = await createTestDatabase();
    sources = await Promise.all([1, 2, 3].map(() => new DataSource(dataSourceOptions(database.url)).initialize()));
  });
  afterAll(async () => {
    await Promise.all(sources.map((source) => source.destroy()));
    await database.drop();
  });

  it('apply each migration once: one process applies them, the others find them applied', async () => {
    const applied = await Promise.all(sources.map((source) => migrate(source)));

    const names = sources[0].migrations.map((migration) => migration.name);
    expect(applied.flat().map((migration) => migration.name)).toEqual(names);
    const rows: Array<{ name: string }> = await sources[0].query('SELECT name FROM migrations ORDER BY id');
    expect(rows.map((row) => row.name)).toEqual(names);
  });
});
