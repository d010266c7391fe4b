import { MetricDirection } from '@throughline/shared';
import { DataSource, DeepPartial, In } from 'typeorm';
import { SYSTEM_ACTOR } from '../src/auth/caller';
import { GoalEntity } from '../src/goal/goal.entity';
import { DependencyStore } from '../src/initiative/dependency-store';
import { DependencyOrigin } from '../src/initiative/initiative-links.entity';
import { InitiativeStore, NewInitiative } from '../src/initiative/initiative-store';
import { InitiativeEntity } from '../src/initiative/initiative.entity';
import { MeasurementEntity } from '../src/metric/measurement.entity';
import { MetricEntity } from '../src/metric/metric.entity';
import { RiskEntity } from '../src/risk/risk.entity';
import { TeamEntity } from '../src/team/team.entity';
import { NewTeam, TeamStore } from '../src/team/team-store';

// Rows written through the stores (or straight to the tables of features that have none): fast
// set-up that does not depend on the mutations of other features. To create through the API
// under test, see graphql-helpers.ts.

/** An initiative's columns plus the ids it links to; the lead team is always among its teams. */
export type InitiativeSpec = Partial<NewInitiative>;

let sequence = 0;
/** A number no earlier call in this test file returned, for unique titles and keys. */
export const next = (): number => ++sequence;

/** Inserts initiatives and their links through the initiative store, in a handful of statements however many. */
async function insertInitiatives(dataSource: DataSource, specs: InitiativeSpec[]): Promise<InitiativeEntity[]> {
  const created = await new InitiativeStore().insert(
    dataSource.manager,
    SYSTEM_ACTOR,
    specs.map((spec) => ({ title: `Initiative ${next()}`, ...spec })),
  );
  const rows = await dataSource.getRepository(InitiativeEntity).findBy({ id: In(created.map((row) => row.id)) });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return created.map((row) => byId.get(row.id)!);
}

/** Factories writing rows through `dataSource`; every one returns the saved row. */
export function factories(dataSource: DataSource) {
  const repo = <T extends object>(entity: new () => T) => dataSource.getRepository(entity);
  return {
    async team(fields: Partial<NewTeam> = {}): Promise<TeamEntity> {
      const key = `F${next().toString(36).toUpperCase()}`;
      const [id] = await new TeamStore().insert(dataSource.manager, SYSTEM_ACTOR, [{ key, name: `Team ${key}`, ...fields }]);
      return repo(TeamEntity).findOneByOrFail({ id });
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
    async dependency(dependentId: string, blockerId: string, origin = DependencyOrigin.MANUAL): Promise<void> {
      const { refused } = await new DependencyStore().add(dataSource.manager, SYSTEM_ACTOR, [{ dependentId, blockerId }], origin);
      if (refused.length) throw new Error(`test set-up: ${dependentId} → ${blockerId} would close a cycle`);
    },
    risk(fields: DeepPartial<RiskEntity> = {}): Promise<RiskEntity> {
      return repo(RiskEntity).save({ title: `Risk ${next()}`, likelihood: 2, impact: 3, ...fields });
    },
  };
}

export type Factories = ReturnType<typeof factories>;
