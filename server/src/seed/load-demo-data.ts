import { DataSource, EntityManager, ObjectLiteral } from 'typeorm';
import { GoalEntity } from '../goal/goal.entity';
import {
  DependencyEntity,
  InitiativeGoalEntity,
  InitiativeMetricEntity,
  InitiativeTeamEntity,
} from '../initiative/initiative-links.entity';
import { InitiativeEntity } from '../initiative/initiative.entity';
import { MeasurementEntity } from '../metric/measurement.entity';
import { MetricEntity } from '../metric/metric.entity';
import { RiskEntity } from '../risk/risk.entity';
import { TeamEntity } from '../team/team.entity';
import { DEMO_DATA } from './demo-data';
import { buildDemoRows, DemoRows } from './demo-rows';

export interface LoadDemoOptions {
  /** Delete all domain data first (in the same transaction) and restart the initiative keys. */
  reset: boolean;
  fiscalYearStartMonth: number;
  /** The seed's "today"; defaults to now. */
  now?: Date;
}

/** How many rows went into each table. */
export type DemoCounts = Record<keyof DemoRows, number>;

// Several server processes may start on one empty database at once: only one may seed it.
const SEED_LOCK = 0x7e11_5eed;

/** In insertion order: every row's references exist before it. */
const TABLES: Array<[keyof DemoRows, new () => ObjectLiteral]> = [
  ['teams', TeamEntity],
  ['goals', GoalEntity],
  ['metrics', MetricEntity],
  ['measurements', MeasurementEntity],
  ['initiatives', InitiativeEntity],
  ['initiativeTeams', InitiativeTeamEntity],
  ['initiativeGoals', InitiativeGoalEntity],
  ['initiativeMetrics', InitiativeMetricEntity],
  ['dependencies', DependencyEntity],
  ['risks', RiskEntity],
];

async function isEmpty(manager: EntityManager): Promise<boolean> {
  const [row] = await manager.query(
    `SELECT NOT (EXISTS (SELECT 1 FROM team) OR EXISTS (SELECT 1 FROM goal) OR EXISTS (SELECT 1 FROM initiative)) AS empty`,
  );
  return row.empty;
}

async function deleteDomainData(manager: EntityManager): Promise<void> {
  const tables = TABLES.map(([, entity]) => `"${manager.connection.getMetadata(entity).tableName}"`);
  // CASCADE also empties tables that point at these (e.g. imported-issue links).
  await manager.query(`TRUNCATE ${tables.join(', ')} CASCADE`);
  await manager.query(`ALTER SEQUENCE initiative_key_seq RESTART WITH 1`);
}

/** Keys from the same sequence the API numbers initiatives from, so later ones never collide. */
async function nextKeys(manager: EntityManager, count: number): Promise<string[]> {
  const rows: Array<{ n: number }> = await manager.query(`SELECT nextval('initiative_key_seq') AS n FROM generate_series(1, $1)`, [count]);
  return rows
    .map((row) => row.n)
    .sort((a, b) => a - b)
    .map((n) => `TL-${n}`);
}

/**
 * Loads the demo org in one transaction: into an empty database, or after deleting all domain
 * data when `reset`. Returns the row counts, or null when the database was not empty.
 */
export async function loadDemoData(dataSource: DataSource, options: LoadDemoOptions): Promise<DemoCounts | null> {
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
    if (options.reset) await deleteDomainData(manager);
    else if (!(await isEmpty(manager))) return null;
    const keys = await nextKeys(manager, DEMO_DATA.initiatives.length);
    const rows = buildDemoRows(DEMO_DATA, { fiscalYearStartMonth: options.fiscalYearStartMonth, now: options.now ?? new Date(), keys });
    const counts = {} as DemoCounts;
    for (const [table, entity] of TABLES) {
      await manager.insert(entity, rows[table]);
      counts[table] = rows[table].length;
    }
    return counts;
  });
}
