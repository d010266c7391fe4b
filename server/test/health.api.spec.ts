import { Client } from 'pg';
import { PostgresDataSourceOptions } from 'typeorm/driver/postgres/PostgresDataSourceOptions';
import { startTestApp, useTestApp } from './test-app';

// /health for compose and load balancers; /health/live and /health/ready for orchestrators.

describe('health while the database is up', () => {
  const sut = useTestApp();

  it('answers /health with 200', async () => {
    const response = await sut.anonymous.fetch('/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
  });

  it('answers /health/live with 200', async () => {
    const response = await sut.anonymous.fetch('/health/live');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'alive' });
  });

  it('answers /health/ready with 200 once every migration is applied', async () => {
    const response = await sut.anonymous.fetch('/health/ready');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready', database: 'up', pendingMigrations: [] });
  });

  it('answers /health/ready with 503 naming a migration the database lacks', async () => {
    const [latest] = (await sut.dataSource.query('SELECT id, timestamp, name FROM migrations ORDER BY timestamp DESC LIMIT 1')) as Array<{
      id: number;
      timestamp: string;
      name: string;
    }>;
    await sut.dataSource.query('DELETE FROM migrations WHERE id = $1', [latest.id]);
    try {
      const response = await sut.anonymous.fetch('/health/ready');
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'not ready', database: 'up', pendingMigrations: [latest.name] });
      expect((await sut.anonymous.fetch('/health/live')).status).toBe(200);
    } finally {
      await sut.dataSource.query('INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)', [
        latest.id,
        latest.timestamp,
        latest.name,
      ]);
    }
  });
});

describe('health without a database', () => {
  it('answers 503 on /health and /health/ready once the database is gone, 200 on /health/live', async () => {
    const sut = await startTestApp();
    const url = new URL((sut.dataSource.options as PostgresDataSourceOptions).url!);
    const name = url.pathname.slice(1);
    url.pathname = '/postgres';
    const admin = new Client({ connectionString: url.toString() });
    await admin.connect();
    await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
    await admin.end();

    const response = await sut.anonymous.fetch('/health');
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'unavailable', database: 'down' });
    const ready = await sut.anonymous.fetch('/health/ready');
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'not ready', database: 'down' });
    expect((await sut.anonymous.fetch('/health/live')).status).toBe(200);
    await sut.close();
  });
});
