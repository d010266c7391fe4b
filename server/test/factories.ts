import { MetricDirection } from '@throughline/shared';
import { DataSource, DeepPartial } from 'typeorm';
import { GoalEntity } from '../src/goal/goal.entity';
import { DependencyEntity } from '../src/initiative/initiative-links.entity';
import { InitiativeEntity } from '../src/initiative/initiative.entity';
import { MeasurementEntity } from '../src/metric/measurement.entity';
import { MetricEntity } from '../src/metric/metric.entity';
import { RiskEntity } from '../src/risk/risk.entity';
import { TeamEntity } from '../src/team/team.entity';

// Rows written straight to the tables: fast set-up that does not depend on the mutations of
// other features. To create through the API under test, see graphql-helpers.ts.

/** An initiative's columns plus the ids it links to; the lead team is always among its teams. */
export type InitiativeSpec = Partial<Omit<InitiativeEntity, 'leadTeam'>> & {
  teamIds?: string[];
  goalIds?: string[];
  metricIds?: string[];
};

let sequence = 0;
/** A number no earlier call in this test file returned, for unique titles and keys. */
export const next = (): number => ++sequence;

// Postgres takes at most 65,535 parameters per statement: insert in slices well below that.
const CHUNK = 1000;

async function keys(dataSource: DataSource, count: number): Promise<string[]> {
  const rows: Array<{ key: string }> = await dataSource.query(
    `SELECT 'TL-' || n AS key FROM (SELECT nextval('initiative_key_seq') AS n FROM generate_series(1, $1::int)) s ORDER BY n`,
    [count],
  );
  return rows.map((row) => row.key);
}

async function link(dataSource: DataSource, table: string, column: string, pairs: Array<[string, string]>): Promise<void> {
  if (!pairs.length) return;
  await dataSource.query(
    `INSERT INTO ${table} (initiative_id, ${column}) SELECT unnest($1::uuid[]), unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
    [pairs.map(([initiativeId]) => initiativeId), pairs.map(([, id]) => id)],
  );
}

/** Inserts initiatives and their links in a handful of statements, however many. */
async function insertInitiatives(dataSource: DataSource, specs: InitiativeSpec[]): Promise<InitiativeEntity[]> {
  const assigned = await keys(dataSource, specs.length);
  const rows = specs.map(({ teamIds: _teams, goalIds: _goals, metricIds: _metrics, ...fields }, i) => ({
    key: assigned[i],
    title: `Initiative ${assigned[i]}`,
    ...fields,
  }));
  const repository = dataSource.getRepository(InitiativeEntity);
  for (let i = 0; i < rows.length; i += CHUNK) await repository.insert(rows.slice(i, i + CHUNK) as never);
  const saved = rows as unknown as InitiativeEntity[];
  const pairs = (ids: (spec: InitiativeSpec) => Array<string | null | undefined>) =>
    specs.flatMap((spec, i) => [...new Set(ids(spec))].filter((id): id is string => !!id).map((id): [string, string] => [saved[i].id, id]));
  await link(
    dataSource,
    'initiative_team',
    'team_id',
    pairs((spec) => [spec.leadTeamId, ...(spec.teamIds ?? [])]),
  );
  await link(
    dataSource,
    'initiative_goal',
    'goal_id',
    pairs((spec) => spec.goalIds ?? []),
  );
  await link(
    dataSource,
    'initiative_metric',
    'metric_id',
    pairs((spec) => spec.metricIds ?? []),
  );
  return saved;
}

/** Factories writing rows through `dataSource`; every one returns the saved row. */
export function factories(dataSource: DataSource) {
  const repo = <T extends object>(entity: new () => T) => dataSource.getRepository(entity);
  return {
    team(fields: DeepPartial<TeamEntity> = {}): Promise<TeamEntity> {
      const key = `F${next().toString(36).toUpperCase()}`;
      return repo(TeamEntity).save({ key, name: `Team ${key}`, ...fields });
    },
    goal(fields: DeepPartial<GoalEntity> = {}): Promise<GoalEntity> {
      return repo(GoalEntity).save({ title: `Goal ${next()}`, ...fields });
    },
    metric(fields: DeepPartial<MetricEntity> = {}): Promise<MetricEntity> {
      const defaults = { name: `Metric ${next()}`, unit: '%', direction: MetricDirection.INCREASE, baseline: 0, target: 10 };
      return repo(MetricEntity).save({ ...defaults, ...fields });
    },
    measurement(metricId: string, value: number, recordedAt: Date = new Date()): Promise<MeasurementEntity> {
      return repo(MeasurementEntity).save({ metricId, value, recordedAt });
    },
    async initiative(spec: InitiativeSpec = {}): Promise<InitiativeEntity> {
      return (await insertInitiatives(dataSource, [spec]))[0];
    },
    /** `count` initiatives in a few statements; `spec(i)` gives the i-th its fields and links. */
    initiatives(count: number, spec: (i: number) => InitiativeSpec = () => ({})): Promise<InitiativeEntity[]> {
      return insertInitiatives(
        dataSource,
        Array.from({ length: count }, (_, i) => spec(i)),
      );
    },
    /** `dependentId` depends on (waits for) `blockerId`. */
    async dependency(dependentId: string, blockerId: string): Promise<void> {
      await repo(DependencyEntity).insert({ dependentId, blockerId });
    },
    risk(fields: DeepPartial<RiskEntity> = {}): Promise<RiskEntity> {
      return repo(RiskEntity).save({ title: `Risk ${next()}`, likelihood: 2, impact: 3, ...fields });
    },
  };
}

export type Factories = ReturnType<typeof factories>;
