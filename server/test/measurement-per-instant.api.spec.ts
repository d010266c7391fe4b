import { MeasurementPerInstant1796200000000 } from '../../migrations/1796200000000-MeasurementPerInstant';
import { factories } from './factories';
import { useTestApp } from './test-app';

describe('the migration to one measurement per metric and instant', () => {
  const sut = useTestApp();

  it('keeps the newest of existing duplicates, then refuses a second row at the same instant', async () => {
    const migration = new MeasurementPerInstant1796200000000();
    const runner = sut.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      const metric = await factories(sut.dataSource).metric();
      const insert = (value: number, at: string, createdAt: string) =>
        runner.query(`INSERT INTO measurement (metric_id, value, recorded_at, created_at) VALUES ($1, $2, $3, $4)`, [
          metric.id,
          value,
          at,
          createdAt,
        ]);
      await insert(1, '2027-01-01T00:00:00Z', '2027-01-02T00:00:00Z');
      await insert(2, '2027-01-01T00:00:00Z', '2027-01-05T00:00:00Z');
      await insert(3, '2027-01-01T00:00:00Z', '2027-01-03T00:00:00Z');
      await insert(4, '2027-01-02T00:00:00Z', '2027-01-03T00:00:00Z');
      await migration.up(runner);
      const rows = await runner.query(`SELECT value FROM measurement WHERE metric_id = $1 ORDER BY recorded_at`, [metric.id]);
      expect(rows.map((row: { value: number }) => row.value)).toEqual([2, 4]);
      await expect(insert(5, '2027-01-02T00:00:00Z', '2027-01-09T00:00:00Z')).rejects.toThrow(/uq_measurement_metric_recorded_at/);
    } finally {
      await runner.release();
    }
  });
});
