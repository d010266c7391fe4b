import { getIntrospectionQuery } from 'graphql';
import { factories } from './factories';
import { HOSTILE_REQUESTS, HostileRequest } from './hostile-documents';
import { GraphQLResponse, TestApp, useTestApp } from './test-app';
import { webOperations } from './web-documents';

async function post(app: TestApp, body: unknown): Promise<{ status: number; answer: GraphQLResponse }> {
  const response = await fetch(`${app.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify(body),
  });
  return { status: response.status, answer: (await response.json()) as GraphQLResponse };
}

function expectRefused({ status, answer }: { status: number; answer: GraphQLResponse }, request: HostileRequest): void {
  expect(status).toBe(400);
  // No `data` at all: the operation never started executing.
  expect(answer).not.toHaveProperty('data');
  const refusal = answer.errors?.find((error) => request.refusedBy.test(error.message));
  expect(refusal).toBeDefined();
  expect(refusal!.extensions).toMatchObject({ code: request.code ?? 'GRAPHQL_VALIDATION_FAILED', requestId: expect.any(String) });
}

const WEB = webOperations();
const LIMIT_REFUSAL = /limit of \d+ exceeded|Maximum introspection depth/;

describe('GraphQL limits', () => {
  const sut = useTestApp();

  it(`has a hostile corpus of at least 30 requests (${HOSTILE_REQUESTS.length})`, () => {
    expect(HOSTILE_REQUESTS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(HOSTILE_REQUESTS.map((request) => [request.name, request] as const))('refuses %s before execution', async (_name, request) => {
    expectRefused(await post(sut, request.body), request);
  });

  it('writes nothing for a refused mutation', async () => {
    for (const request of HOSTILE_REQUESTS.filter((r) => r.name.includes('nothing is created'))) {
      expectRefused(await post(sut, request.body), request);
    }
    const { teams } = await sut.ok<{ teams: Array<{ key: string }> }>('{ teams { key } }');
    expect(teams.filter((team) => /^(DEEPZ|FLOOD\d+)$/.test(team.key))).toEqual([]);
  });

  it('keeps serving normal queries after the whole corpus at once', async () => {
    const answers = await Promise.all(HOSTILE_REQUESTS.map((request) => post(sut, request.body)));
    answers.forEach((answer, i) => expectRefused(answer, HOSTILE_REQUESTS[i]));
    expect((await sut.ok('{ teams { id } }')).teams).toEqual(expect.any(Array));
    expect((await sut.ok(WEB.get('FiscalCalendar')!, { day: '2027-05-01' })).roadmap.periods).toHaveLength(1);
  });

  it('lets every document of the web app through its limits', async () => {
    expect(WEB.size).toBeGreaterThanOrEqual(25);
    for (const [name, document] of WEB) {
      // Without variables most stop at variable coercion, after validation: only the limits matter here.
      const { answer } = await post(sut, { query: document });
      // (A document of work in progress may name fields the schema lacks yet: only the limits count.)
      const refusals = (answer.errors ?? []).filter((error) => LIMIT_REFUSAL.test(error.message));
      expect({ name, refusals }).toEqual({ name, refusals: [] });
    }
  });

  it("answers the web app's roadmap and alignment documents on real data", async () => {
    const make = factories(sut.dataSource);
    const team = await make.team();
    const goal = await make.goal();
    const metric = await make.metric({ goalId: goal.id });
    await make.measurement(metric.id, 4, new Date('2031-03-01T00:00:00.000Z'));
    const links = { leadTeamId: team.id, teamIds: [team.id], goalIds: [goal.id], metricIds: [metric.id], effortWeeks: 3 };
    await make.initiatives(3, (i) => ({ ...links, startDate: `2031-0${i + 1}-01`, endDate: `2031-0${i + 1}-28` }));
    const window = { from: '2031-01-01', to: '2031-12-31' };

    const { roadmap } = await sut.ok(WEB.get('Roadmap')!, { ...window, groupBy: 'TEAM' });
    expect(roadmap.lanes.flatMap((lane: { barIndexes: number[] }) => lane.barIndexes)).toHaveLength(3);
    expect(roadmap.bars).toHaveLength(3);
    const { alignment } = await sut.ok(WEB.get('AlignmentOverview')!, {
      ...window,
      since: '2031-01-01T00:00:00.000Z',
      until: '2031-12-31T23:59:59.999Z',
    });
    expect(alignment.goals[0].goal.metrics[0].measurements).toHaveLength(1);
    expect(alignment.goals[0].initiatives).toHaveLength(3);
  });

  it('answers the standard introspection query outside production (codegen and tools use it)', async () => {
    const schema = (await sut.ok(getIntrospectionQuery({ descriptions: true }))).__schema;
    expect(schema.types.length).toBeGreaterThan(20);
  });

  describe('with GRAPHQL_INTROSPECTION=false (the production default)', () => {
    const closed = useTestApp({ GRAPHQL_INTROSPECTION: 'false' });

    it('refuses introspection before execution', async () => {
      expectRefused(await post(closed, { query: '{ __schema { types { name } } }' }), {
        name: '',
        body: null,
        refusedBy: /introspection/i,
      });
      expectRefused(await post(closed, { query: '{ __type(name: "Team") { name } }' }), {
        name: '',
        body: null,
        refusedBy: /introspection/i,
      });
    });

    it('gives no "Did you mean" hints about the hidden schema, and serves normal queries', async () => {
      const { answer } = await post(closed, { query: '{ team { id } }' });
      expect(answer.errors?.[0].message).not.toMatch(/Did you mean/);
      expect((await closed.ok('{ teams { id } }')).teams).toEqual([]);
    });
  });
});
