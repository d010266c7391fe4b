import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditLog, AuditedRow, byId, eventsBetween } from '../audit/audit-log';
import { SYSTEM_ACTOR } from '../auth/caller';
import { GoalEntity } from '../goal/goal.entity';
import { GOAL_AUDITED_FIELDS } from '../goal/goal.service';
import { DependencyStore } from '../initiative/dependency-store';
import { DependencyOrigin } from '../initiative/initiative-links.entity';
import { InitiativeStore } from '../initiative/initiative-store';
import { MeasurementEntity } from '../metric/measurement.entity';
import { MetricEntity } from '../metric/metric.entity';
import { METRIC_AUDITED_FIELDS } from '../metric/metric.service';
import { RiskEntity } from '../risk/risk.entity';
import { RISK_AUDITED_FIELDS } from '../risk/risk.service';
import { TeamStore } from '../team/team-store';
import { loadDemoDecisions } from './demo-decisions';
import { DEMO_DATA } from './demo-data';
import { buildDemoRows, DemoRows } from './demo-rows';
import { loadDemoOutcomes } from './load-demo-outcomes';
import { loadDemoCapacity } from './load-demo-capacity';
import { loadDemoCheckIns } from './demo-check-ins';

export interface LoadDemoOptions {
  /** Delete all domain data first (in the same transaction) and restart the initiative keys. */
  reset: boolean;
  fiscalYearStartMonth: number;
  /** The seed's "today"; defaults to now. */
  now?: Date;
}

/** How many rows of each kind went in. */
export type DemoCounts = Record<keyof DemoRows, number>;

// Several server processes may start on one empty database at once: only one may seed it.
const SEED_LOCK = 0x7e11_5eed;

/** Goals, metrics and measurements: tables no store owns yet, in insertion order. */
const PLAIN_TABLES = [
  ['goals', GoalEntity],
  ['metrics', MetricEntity],
  ['measurements', MeasurementEntity],
] as const;

/** The table each count is of. */
const COUNTED_TABLES: Record<keyof DemoCounts, string> = {
  teams: 'team',
  goals: 'goal',
  metrics: 'metric',
  measurements: 'measurement',
  initiatives: 'initiative',
  dependencies: 'dependency',
  risks: 'risk',
};

/**
 * The rows the load left (it starts from empty tables): what every part loaded, the outcome
 * stories' initiatives, metrics and pushed measurements included, not only the demo org's rows.
 */
async function countLoaded(manager: EntityManager): Promise<DemoCounts> {
  const counts = Object.entries(COUNTED_TABLES).map(([kind, table]) => `(SELECT count(*)::int FROM ${table}) AS "${kind}"`);
  const [row]: DemoCounts[] = await manager.query(`SELECT ${counts.join(', ')}`);
  return row;
}

async function isEmpty(manager: EntityManager): Promise<boolean> {
  const [row] = await manager.query(
    `SELECT NOT (EXISTS (SELECT 1 FROM team) OR EXISTS (SELECT 1 FROM goal) OR EXISTS (SELECT 1 FROM initiative)) AS empty`,
  );
  return row.empty;
}

const created = (type: string, fields: readonly string[], rows: Array<AuditedRow & { id: string }>) =>
  eventsBetween(type, fields, new Map(), byId(rows));

/**
 * Loads the demo org (seed/demo-data.ts), writing teams and initiatives through their stores;
 * everything it makes is in the audit trail, made by the system.
 */
@Injectable()
export class DemoDataLoader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly teams: TeamStore,
    private readonly initiatives: InitiativeStore,
    private readonly dependencies: DependencyStore,
  ) {}

  /**
   * Loads the demo org in one transaction: into an empty database, or after deleting all domain
   * data when `reset`. Returns the row counts, or null when the database was not empty.
   */
  load(options: LoadDemoOptions): Promise<DemoCounts | null> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
      if (options.reset) await this.deleteDomainData(manager);
      else if (!(await isEmpty(manager))) return null;
      const rows = buildDemoRows(DEMO_DATA, { fiscalYearStartMonth: options.fiscalYearStartMonth, now: options.now ?? new Date() });
      await this.teams.insert(manager, SYSTEM_ACTOR, rows.teams);
      for (const [kind, entity] of PLAIN_TABLES) await manager.insert(entity, rows[kind]);
      await this.initiatives.insert(manager, SYSTEM_ACTOR, rows.initiatives);
      const { refused } = await this.dependencies.add(manager, SYSTEM_ACTOR, rows.dependencies, DependencyOrigin.MANUAL);
      if (refused.length) throw new Error(`The demo data has a dependency cycle: ${refused[0].cycle.join(' → ')}`);
      await manager.insert(RiskEntity, rows.risks);
      await loadDemoOutcomes(manager, this.initiatives, DEMO_DATA, rows, options.now ?? new Date());
      await loadDemoCapacity(manager, { now: options.now ?? new Date(), fiscalYearStartMonth: options.fiscalYearStartMonth });
      await loadDemoCheckIns(manager, DEMO_DATA, rows, options.now ?? new Date());
      await loadDemoDecisions(manager, rows, options.now ?? new Date());
      await recordPlainRows(manager);
      return countLoaded(manager);
    });
  }

  /** A reset clears the tables, not the trail: what was there stays in it. */
  private async deleteDomainData(manager: EntityManager): Promise<void> {
    await this.initiatives.deleteAll(manager);
    await this.teams.deleteAll(manager);
    // CASCADE also empties tables that point at these (e.g. imported-issue links).
    await manager.query(`TRUNCATE goal, metric, measurement, risk CASCADE`);
  }
}

/** The audit events of the goals, metrics (with their measurement counts) and risks the seed made. */
async function recordPlainRows(manager: EntityManager): Promise<void> {
  const counts: Array<{ id: string; n: number }> = await manager.query(
    `SELECT metric_id AS id, count(*) AS n FROM measurement GROUP BY metric_id`,
  );
  const countOf = new Map(counts.map((row) => [row.id, row.n]));
  const metrics = (await manager.find(MetricEntity)).map((metric) => ({ ...metric, measurementsRecorded: countOf.get(metric.id) ?? null }));
  await AuditLog.record(manager, SYSTEM_ACTOR, [
    ...created('Goal', GOAL_AUDITED_FIELDS, await manager.find(GoalEntity)),
    ...created('Metric', [...METRIC_AUDITED_FIELDS, 'measurementsRecorded'], metrics),
    ...created('Risk', RISK_AUDITED_FIELDS, await manager.find(RiskEntity)),
  ]);
}
