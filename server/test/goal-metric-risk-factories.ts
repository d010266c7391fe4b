import { InitiativeGoalEntity, InitiativeMetricEntity } from '../src/initiative/initiative-links.entity';
import { InitiativeEntity } from '../src/initiative/initiative.entity';
import { GraphQLResponse, TestApp } from './test-app';

export const GOAL_FIELDS = `id title description owner startDate targetDate version progress parent { id } children { id }`;
export const METRIC_FIELDS = `id name unit direction baseline target targetDate current progress version goal { id }`;
export const RISK_FIELDS = `id title description likelihood impact severity status owner mitigation version initiative { id } goal { id }`;

export const CREATE_GOAL = `mutation ($input: CreateGoalInput!) { createGoal(input: $input) { ${GOAL_FIELDS} } }`;
export const UPDATE_GOAL = `mutation ($input: UpdateGoalInput!) { updateGoal(input: $input) { ${GOAL_FIELDS} } }`;
export const GET_GOAL = `query ($id: ID!) { goal(id: $id) { ${GOAL_FIELDS} } }`;
export const CREATE_METRIC = `mutation ($input: CreateMetricInput!) { createMetric(input: $input) { ${METRIC_FIELDS} } }`;
export const UPDATE_METRIC = `mutation ($input: UpdateMetricInput!) { updateMetric(input: $input) { ${METRIC_FIELDS} } }`;
export const GET_METRIC = `query ($id: ID!) { metric(id: $id) { ${METRIC_FIELDS} } }`;
export const RECORD = `mutation ($input: RecordMeasurementInput!) { recordMeasurement(input: $input) { id value recordedAt } }`;
export const CREATE_RISK = `mutation ($input: CreateRiskInput!) { createRisk(input: $input) { ${RISK_FIELDS} } }`;
export const UPDATE_RISK = `mutation ($input: UpdateRiskInput!) { updateRisk(input: $input) { ${RISK_FIELDS} } }`;
export const LIST_RISKS = `query ($filter: RiskFilter) { risks(filter: $filter) { id title severity status } }`;

/** A well-formed id that no row has. */
export const MISSING_ID = '00000000-0000-4000-8000-000000000000';

export interface Row {
  id: string;
  version: number;
  [field: string]: any;
}

/** Asserts the response is one error with this code (and field), and no data. */
export function expectError(result: GraphQLResponse, code: string, field?: string): void {
  expect(result.errors).toHaveLength(1);
  expect(result.errors![0].extensions).toMatchObject(field ? { code, field } : { code });
  if (field) expect(result.errors![0].message).toContain(field);
}

let sequence = 0;
const next = () => ++sequence;

/** Data set up through the API; initiatives straight into their tables (their API is tested elsewhere). */
export function factories(app: TestApp) {
  return {
    async team(): Promise<string> {
      const key = `G${next()}`;
      const data = await app.ok(`mutation ($input: CreateTeamInput!) { createTeam(input: $input) { id } }`, {
        input: { key, name: `Team ${key}` },
      });
      return data.createTeam.id;
    },
    async goal(input: Record<string, unknown> = {}): Promise<Row> {
      return (await app.ok(CREATE_GOAL, { input: { title: `Goal ${next()}`, ...input } })).createGoal;
    },
    async metric(input: Record<string, unknown> = {}): Promise<Row> {
      const defaults = { name: `Metric ${next()}`, unit: '%', direction: 'INCREASE', baseline: 0, target: 10 };
      return (await app.ok(CREATE_METRIC, { input: { ...defaults, ...input } })).createMetric;
    },
    async measure(metricId: string, value: number, recordedAt?: string): Promise<Row> {
      return (await app.ok(RECORD, { input: { metricId, value, recordedAt } })).recordMeasurement;
    },
    async risk(input: Record<string, unknown> = {}): Promise<Row> {
      return (await app.ok(CREATE_RISK, { input: { title: `Risk ${next()}`, likelihood: 2, impact: 3, ...input } })).createRisk;
    },
    async initiative(
      fields: Partial<InitiativeEntity> = {},
      links: { goalId?: string; metricId?: string } = {},
    ): Promise<InitiativeEntity> {
      const n = next();
      const initiative = await app.dataSource.getRepository(InitiativeEntity).save({ key: `GT-${n}`, title: `Initiative ${n}`, ...fields });
      if (links.goalId)
        await app.dataSource.getRepository(InitiativeGoalEntity).insert({ initiativeId: initiative.id, goalId: links.goalId });
      if (links.metricId)
        await app.dataSource.getRepository(InitiativeMetricEntity).insert({ initiativeId: initiative.id, metricId: links.metricId });
      return initiative;
    },
  };
}
