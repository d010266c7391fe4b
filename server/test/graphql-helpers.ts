import { next } from './factories';
import { AnswerValue, GraphQLResponse, TestApp } from './test-app';

// GraphQL-level helpers: documents, creating through the mutations under test, and error checks.

export const GOAL_FIELDS = `id title description owner startDate targetDate version progress parent { id } children { id }`;
export const METRIC_FIELDS = `id name unit direction baseline target targetDate current progress version goal { id }`;
export const RISK_FIELDS = `id title description likelihood impact severity status owner mitigation version initiative { id } goal { id }`;
export const INITIATIVE_FIELDS = `id key title description status health startDate endDate owner effortWeeks externalKey version
  leadTeam { id } teams { id } goals { id } metrics { id } dependsOn { id } dependents { id } risks { id }`;

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
export const CREATE_INITIATIVE = `mutation ($input: CreateInitiativeInput!) { createInitiative(input: $input) { ${INITIATIVE_FIELDS} } }`;
export const UPDATE_INITIATIVE = `mutation ($input: UpdateInitiativeInput!) { updateInitiative(input: $input) { ${INITIATIVE_FIELDS} } }`;
export const GET_INITIATIVE = `query ($id: ID!) { initiative(id: $id) { ${INITIATIVE_FIELDS} } }`;
export const DELETE_INITIATIVE = `mutation ($id: ID!) { deleteInitiative(id: $id) }`;

/** A well-formed id that no row has. */
export const MISSING_ID = '00000000-0000-4000-8000-000000000000';

/** An object as the API returns it. */
export interface Row {
  id: string;
  version: number;
  [field: string]: AnswerValue;
}

export interface Initiative extends Row {
  key: string;
  title: string;
}

/** The ids of `items`, sorted, to compare sets of linked rows. */
export const ids = (items: Array<{ id: string }>): string[] => items.map((item) => item.id).sort();

/** The `from` and `to` arguments covering the calendar year `year`. */
export const yearWindow = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

/** Asserts the response is one error with this code (and field), and no data. */
export function expectError(result: GraphQLResponse, code: string, field?: string): void {
  expect(result.errors).toHaveLength(1);
  expect(result.errors![0].extensions).toMatchObject(field ? { code, field } : { code });
  if (field) expect(result.errors![0].message).toContain(field);
}

/** Creates through the mutations (for the tests of those mutations); `input` overrides valid defaults. */
export function apiFactories(app: TestApp) {
  const create = async <T>(mutation: string, name: string, input: Record<string, unknown>): Promise<T> =>
    (await app.ok<Record<string, T>>(mutation, { input }))[name];
  return {
    goal(input: Record<string, unknown> = {}): Promise<Row> {
      return create(CREATE_GOAL, 'createGoal', { title: `Goal ${next()}`, ...input });
    },
    metric(input: Record<string, unknown> = {}): Promise<Row> {
      const defaults = { name: `Metric ${next()}`, unit: '%', direction: 'INCREASE', baseline: 0, target: 10 };
      return create(CREATE_METRIC, 'createMetric', { ...defaults, ...input });
    },
    measure(metricId: string, value: number, recordedAt?: string): Promise<Row> {
      return create(RECORD, 'recordMeasurement', { metricId, value, recordedAt });
    },
    risk(input: Record<string, unknown> = {}): Promise<Row> {
      return create(CREATE_RISK, 'createRisk', { title: `Risk ${next()}`, likelihood: 2, impact: 3, ...input });
    },
    initiative(input: Record<string, unknown> = {}): Promise<Initiative> {
      return create(CREATE_INITIATIVE, 'createInitiative', { title: `Initiative ${next()}`, ...input });
    },
    async getInitiative(id: string): Promise<Initiative | null> {
      return (await app.ok(GET_INITIATIVE, { id })).initiative;
    },
  };
}

export type ApiFactories = ReturnType<typeof apiFactories>;
