import { Role } from '@throughline/shared';
import { auditEvents, changesOf } from './audit-helpers';
import { Credentials, gqlAs, okAs, postJson, signedIn } from './callers';
import { apiFactories, ApiFactories, expectError, MISSING_ID } from './graphql-helpers';
import { useTestApp } from './test-app';

const CREATE_TOKEN = `mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }`;
const RECORD_MANY = `mutation ($metricId: ID!, $points: [MeasurementPointInput!]!) { recordMeasurements(metricId: $metricId, points: $points) }`;
const MEASUREMENTS = `query ($id: ID!) { metric(id: $id) { current measurements { value recordedAt } } }`;

/** `n` daily points from 2027-01-01, value = index. */
const days = (n: number, value = (i: number) => i) =>
  Array.from({ length: n }, (_, i) => ({ at: new Date(Date.UTC(2027, 0, 1 + i)).toISOString(), value: value(i) }));

describe('pushing measurements', () => {
  const sut = useTestApp();
  let api: ApiFactories;
  let admin: Credentials;
  let editorToken: string;
  let viewerToken: string;

  beforeAll(async () => {
    api = apiFactories(sut);
    admin = await signedIn(sut, Role.ADMIN);
    const tokenOf = async (role: Role) => {
      const owner = await signedIn(sut, role);
      return (await okAs(sut, owner, CREATE_TOKEN, { input: { name: 'deploy pipeline', role } })).createApiToken.token as string;
    };
    editorToken = await tokenOf(Role.EDITOR);
    viewerToken = await tokenOf(Role.VIEWER);
  });

  const path = (metricId: string) => `/api/v1/metrics/${metricId}/measurements`;
  /** As a deploy pipeline would: curl -H "Authorization: Bearer tl_…" -d '[…]'. */
  const push = (metricId: string, body: unknown, token = editorToken) =>
    postJson(sut, path(metricId), body, { authorization: `Bearer ${token}` });
  const stored = async (metricId: string) => (await sut.ok(MEASUREMENTS, { id: metricId })).metric.measurements;
  const pushEvents = async (metricId: string) =>
    (await auditEvents(sut, admin, { entityId: metricId })).filter((event) => changesOf(event).measurementsRecorded);

  it('takes a batch with a token: 200 {"accepted": n}, one audit event with the count', async () => {
    const metric = await api.metric();
    const response = await push(
      metric.id,
      days(3, (i) => 800 + i),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ accepted: 3 });
    expect(await stored(metric.id)).toEqual(days(3, (i) => 800 + i).map((p) => ({ value: p.value, recordedAt: p.at })));
    const events = await pushEvents(metric.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'UPDATE', entityType: 'Metric', actor: { kind: 'API_TOKEN' } });
    expect(changesOf(events[0]).measurementsRecorded[1]).toBe(3);
  });

  it('replaces the value of an instant pushed again (upsert), never duplicates it', async () => {
    const metric = await api.metric();
    await push(
      metric.id,
      days(2, () => 1),
    );
    const again = await push(metric.id, [{ at: '2027-01-02T01:00:00+01:00', value: 42 }]);
    expect(await again.json()).toEqual({ accepted: 1 });
    expect((await stored(metric.id)).map((m: { value: number }) => m.value)).toEqual([1, 42]);
  });

  it('accepts 10,000 points and refuses 10,001 with nothing written', async () => {
    const metric = await api.metric();
    const refused = await push(metric.id, days(10_001));
    expect(refused.status).toBe(400);
    expect((await refused.json()).error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    expect(await stored(metric.id)).toEqual([]);
    const accepted = await push(metric.id, days(10_000));
    expect(await accepted.json()).toEqual({ accepted: 10_000 });
    expect(await pushEvents(metric.id)).toHaveLength(1);
  }, 30_000);

  it.each([
    ['a value that is not a number', { value: '12' }, 'body[3].value'],
    ['a missing value', { value: undefined }, 'body[3].value'],
    ['an instant without a time zone', { at: '2027-01-04T00:00:00' }, 'body[3].at'],
    ['a date that does not exist', { at: '2027-02-30T00:00:00Z' }, 'body[3].at'],
  ])('refuses %s naming its index, and writes nothing of the batch', async (_label, change, field) => {
    const metric = await api.metric();
    const points: Array<Record<string, unknown>> = days(5);
    points[3] = { ...points[3], ...change };
    const response = await push(metric.id, points);
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await stored(metric.id)).toEqual([]);
  });

  it('refuses a body that is not an array, and an unknown or malformed metric', async () => {
    const metric = await api.metric();
    expect((await (await push(metric.id, { at: '2027-01-01T00:00:00Z', value: 1 })).json()).error).toMatchObject({ field: 'body' });
    const missing = await push(MISSING_ID, days(1));
    expect(missing.status).toBe(404);
    expect((await (await push('nope', days(1))).json()).error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'metricId' });
  });

  it('refuses a viewer token (403) and no credentials (401), writing nothing', async () => {
    const metric = await api.metric();
    expect((await push(metric.id, days(2), viewerToken)).status).toBe(403);
    expect((await postJson(sut, path(metric.id), days(2))).status).toBe(401);
    expect(await stored(metric.id)).toEqual([]);
  });

  it('takes a browser session only with X-Requested-With', async () => {
    const editor = await signedIn(sut, Role.EDITOR);
    const metric = await api.metric();
    expect((await postJson(sut, path(metric.id), days(1), { cookie: editor.cookie! })).status).toBe(403);
    const response = await postJson(sut, path(metric.id), days(1), { cookie: editor.cookie!, 'x-requested-with': 'XMLHttpRequest' });
    expect(await response.json()).toEqual({ accepted: 1 });
  });

  describe('recordMeasurements', () => {
    it('upserts a batch by instant and answers how many', async () => {
      const metric = await api.metric();
      expect((await sut.ok(RECORD_MANY, { metricId: metric.id, points: days(3) })).recordMeasurements).toBe(3);
      expect((await sut.ok(RECORD_MANY, { metricId: metric.id, points: days(2, () => 9) })).recordMeasurements).toBe(2);
      expect((await stored(metric.id)).map((m: { value: number }) => m.value)).toEqual([9, 9, 2]);
      expect((await pushEvents(metric.id)).map((event) => changesOf(event).measurementsRecorded[1])).toEqual([2, 3]);
    });

    it('refuses more than 10,000 points naming the list, and a viewer', async () => {
      const metric = await api.metric();
      expectError(await sut.gql(RECORD_MANY, { metricId: metric.id, points: days(10_001) }), 'BAD_USER_INPUT', 'points');
      const viewer = await signedIn(sut, Role.VIEWER);
      expectError(await gqlAs(sut, viewer, RECORD_MANY, { metricId: metric.id, points: days(1) }), 'FORBIDDEN');
      expect(await stored(metric.id)).toEqual([]);
    });
  });
});
