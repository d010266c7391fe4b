import { MetricDirection } from '@throughline/shared';
import { GoalEntity } from '../src/goal/goal.entity';
import { MetricEntity } from '../src/metric/metric.entity';
import { RiskEntity } from '../src/risk/risk.entity';
import { TestApp } from './test-app';

// Goals, metrics and risks are written straight to their tables so these tests do not depend
// on those features' mutations; teams and initiatives go through the API under test.

export const INITIATIVE_FIELDS = `id key title description status health startDate endDate owner effortWeeks externalKey version
  leadTeam { id } teams { id } goals { id } metrics { id } dependsOn { id } dependents { id } risks { id }`;

export const CREATE_INITIATIVE = `mutation ($input: CreateInitiativeInput!) { createInitiative(input: $input) { ${INITIATIVE_FIELDS} } }`;
export const UPDATE_INITIATIVE = `mutation ($input: UpdateInitiativeInput!) { updateInitiative(input: $input) { ${INITIATIVE_FIELDS} } }`;
export const GET_INITIATIVE = `query ($id: ID!) { initiative(id: $id) { ${INITIATIVE_FIELDS} } }`;

export interface Initiative {
  id: string;
  key: string;
  title: string;
  version: number;
  [field: string]: any;
}

let sequence = 0;

export function factories(app: TestApp) {
  return {
    async team(): Promise<string> {
      const key = `T${++sequence}`;
      const data = await app.ok(`mutation ($input: CreateTeamInput!) { createTeam(input: $input) { id } }`, {
        input: { key, name: `Team ${key}` },
      });
      return data.createTeam.id;
    },
    async goal(title = `Goal ${++sequence}`): Promise<string> {
      const repository = app.dataSource.getRepository(GoalEntity);
      return (await repository.save(repository.create({ title }))).id;
    },
    async metric(name = `Metric ${++sequence}`): Promise<string> {
      const repository = app.dataSource.getRepository(MetricEntity);
      const metric = repository.create({ name, unit: '%', direction: MetricDirection.INCREASE, baseline: 0, target: 10 });
      return (await repository.save(metric)).id;
    },
    async risk(initiativeId: string): Promise<string> {
      const repository = app.dataSource.getRepository(RiskEntity);
      return (await repository.save(repository.create({ title: 'Risk', likelihood: 2, impact: 3, initiativeId }))).id;
    },
    async initiative(input: Record<string, unknown> = {}): Promise<Initiative> {
      const data = await app.ok(CREATE_INITIATIVE, { input: { title: `Initiative ${++sequence}`, ...input } });
      return data.createInitiative;
    },
    async get(id: string): Promise<Initiative | null> {
      return (await app.ok(GET_INITIATIVE, { id })).initiative;
    },
  };
}

export const ids = (items: Array<{ id: string }>): string[] => items.map((item) => item.id).sort();
