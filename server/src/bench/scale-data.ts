import { addDays, fiscalYear } from '@throughline/shared';
import { DataSource, EntityManager } from 'typeorm';
import { generateScaleRows, OrgSize, SCALE, ScaleRows } from './scale-rows';

/** Every generated column and its Postgres type, table by table, in insertion order. */
const COLUMNS: Record<keyof ScaleRows, Record<string, string>> = {
  team: { id: 'uuid', key: 'text', name: 'text' },
  goal: { id: 'uuid', title: 'text', owner: 'text', parent_id: 'uuid', start_date: 'date', target_date: 'date' },
  metric: {
    id: 'uuid',
    name: 'text',
    unit: 'text',
    direction: 'metric_direction',
    baseline: 'float8',
    target: 'float8',
    target_date: 'date',
    goal_id: 'uuid',
  },
  initiative: {
    id: 'uuid',
    key: 'text',
    title: 'text',
    description: 'text',
    status: 'initiative_status',
    health: 'health',
    start_date: 'date',
    end_date: 'date',
    owner: 'text',
    effort_weeks: 'float8',
    lead_team_id: 'uuid',
  },
  initiative_team: { initiative_id: 'uuid', team_id: 'uuid' },
  initiative_goal: { initiative_id: 'uuid', goal_id: 'uuid' },
  initiative_metric: { initiative_id: 'uuid', metric_id: 'uuid' },
  dependency: { dependent_id: 'uuid', blocker_id: 'uuid' },
  risk: {
    id: 'uuid',
    title: 'text',
    likelihood: 'int2',
    impact: 'int2',
    status: 'risk_status',
    owner: 'text',
    mitigation: 'text',
    initiative_id: 'uuid',
    goal_id: 'uuid',
  },
};

/** One statement per table however many rows: each column travels as one array parameter. */
async function insertRows(manager: EntityManager, table: keyof ScaleRows, rows: object[]): Promise<void> {
  const columns = Object.entries(COLUMNS[table]);
  const values = columns.map(([column]) => rows.map((row) => (row as Record<string, unknown>)[column] ?? null));
  const names = columns.map(([column]) => column).join(', ');
  const arrays = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  await manager.query(`INSERT INTO ${table} (${names}) SELECT * FROM unnest(${arrays})`, values);
}

/**
 * A year of weekly measurements per metric, drifting from baseline towards target with a
 * wobble derived from the metric id, so it is as reproducible as the ids.
 */
async function insertMeasurements(manager: EntityManager, lastWeek: string, weeks: number): Promise<void> {
  await manager.query(
    `INSERT INTO measurement (metric_id, value, recorded_at)
     SELECT m.id,
            round((m.baseline + (m.target - m.baseline) * (w::float8 / ($2 - 1)) * 0.7
                   + (m.target - m.baseline) * 0.08 * sin(w + hashtext(m.id::text)))::numeric, 2)::float8,
            ($1::date + time '09:00') AT TIME ZONE 'UTC' - (($2 - 1 - w) * interval '7 days')
       FROM metric m CROSS JOIN generate_series(0, $2 - 1) AS w`,
    [lastWeek, weeks],
  );
}

export interface ScaleSummary {
  fiscalYear: number;
  rows: Record<string, number>;
  milliseconds: number;
}

/**
 * Fills an empty, migrated database with a large org: by default (SCALE) 60 teams, 5,000
 * initiatives in one fiscal year, 500 goals, 1,000 metrics with 52 weekly measurements, 2,000
 * risks, 10,000 dependencies; `size` (scaledOrg) makes it larger.
 */
export async function generateScaleData(
  dataSource: DataSource,
  fiscalYearStartMonth: number,
  fiscalYearNumber = 2027,
  size: OrgSize = SCALE,
): Promise<ScaleSummary> {
  const started = Date.now();
  const year = fiscalYear(fiscalYearNumber, fiscalYearStartMonth);
  const rows = generateScaleRows(year, undefined, size);
  await dataSource.transaction(async (manager) => {
    for (const table of Object.keys(COLUMNS) as Array<keyof ScaleRows>) {
      await insertRows(manager, table, rows[table]);
      if (table === 'metric') await insertMeasurements(manager, addDays(year.start, 26 * 7), size.weeksOfMeasurements);
    }
    await manager.query(`SELECT setval('initiative_key_seq', $1)`, [size.initiatives]);
  });
  // Fresh statistics, as autovacuum would have gathered by the time such an org is in use.
  await dataSource.query('ANALYZE');
  const counts = Object.fromEntries(Object.entries(rows).map(([table, list]) => [table, list.length]));
  counts.measurement = size.metrics * size.weeksOfMeasurements;
  return { fiscalYear: fiscalYearNumber, rows: counts, milliseconds: Date.now() - started };
}
