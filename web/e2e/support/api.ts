import type { APIRequestContext } from '@playwright/test';

interface Created {
  id: string;
}

/** Talks GraphQL to the app under test, to set up data a scenario is not about. */
export class Api {
  constructor(private readonly request: APIRequestContext) {}

  async gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await this.request.post('/graphql', { data: { query, variables } });
    const body = await response.json();
    if (body.errors) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
    return body.data as T;
  }

  private async create(
    mutation: string,
    type: string,
    input: Record<string, unknown>,
    fields = 'id',
  ): Promise<Created & Record<string, unknown>> {
    const data = await this.gql<Record<string, Created>>(
      `mutation($input: ${type}!) { result: ${mutation}(input: $input) { ${fields} } }`,
      { input },
    );
    return data.result;
  }

  createTeam(key: string, name: string) {
    return this.create('createTeam', 'CreateTeamInput', { key, name });
  }

  createGoal(input: { title: string; parentId?: string; startDate?: string; targetDate?: string }) {
    return this.create('createGoal', 'CreateGoalInput', input);
  }

  createMetric(input: {
    goalId: string;
    name: string;
    unit: string;
    direction: 'INCREASE' | 'DECREASE';
    baseline: number;
    target: number;
    targetDate?: string;
  }) {
    return this.create('createMetric', 'CreateMetricInput', input);
  }

  recordMeasurement(metricId: string, value: number, recordedAt: string) {
    return this.create('recordMeasurement', 'RecordMeasurementInput', { metricId, value, recordedAt });
  }

  async createInitiative(input: Record<string, unknown> & { title: string }): Promise<{ id: string; key: string }> {
    const created = await this.create('createInitiative', 'CreateInitiativeInput', input, 'id key');
    return { id: created.id, key: String(created.key) };
  }

  async addDependency(initiativeId: string, dependsOnId: string): Promise<void> {
    await this.gql('mutation($a: ID!, $b: ID!) { addDependency(initiativeId: $a, dependsOnId: $b) { id } }', {
      a: initiativeId,
      b: dependsOnId,
    });
  }

  createRisk(input: Record<string, unknown> & { title: string; likelihood: number; impact: number }) {
    return this.create('createRisk', 'CreateRiskInput', input);
  }
}

/** A suffix that keeps names of different runs and tests apart in the shared database. */
export function unique(): string {
  return Math.random().toString(36).slice(2, 7).toUpperCase();
}
