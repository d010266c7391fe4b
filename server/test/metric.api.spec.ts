import { Factories, factories } from './factories';
import { apiFactories, ApiFactories, CREATE_METRIC, expectError, GET_METRIC, MISSING_ID, RECORD, UPDATE_METRIC } from './graphql-helpers';
import { useTestApp } from './test-app';

describe('metrics API', () => {
  const sut = useTestApp();
  let api: ApiFactories;
  let make: Factories;

  beforeAll(() => {
    api = apiFactories(sut);
    make = factories(sut.dataSource);
  });

  const getMetric = async (id: string) => (await sut.ok(GET_METRIC, { id })).metric;
  const metricCount = async () => (await sut.ok(`{ metrics { id } }`)).metrics.length;
  const MEASUREMENTS = `query ($id: ID!, $from: DateTime, $to: DateTime) { metric(id: $id) { measurements(from: $from, to: $to) { value recordedAt } } }`;
  const measurements = async (id: string, window: { from?: string; to?: string } = {}) =>
    (await sut.ok(MEASUREMENTS, { id, ...window })).metric.measurements;
  const valid = { name: 'Latency', unit: 'ms', direction: 'DECREASE', baseline: 1200, target: 400 };

  describe('createMetric and metric', () => {
    it('creates a metric with every field, trimming name and unit', async () => {
      const goal = await api.goal();
      const input = { ...valid, name: '  p99 latency ', unit: ' ms ', targetDate: '2027-12-31', goalId: goal.id };
      const { createMetric } = await sut.ok(CREATE_METRIC, { input });
      expect(createMetric).toMatchObject({ name: 'p99 latency', unit: 'ms', direction: 'DECREASE', baseline: 1200, target: 400 });
      expect(createMetric).toMatchObject({ targetDate: '2027-12-31', goal: { id: goal.id }, current: null, progress: null, version: 1 });
      expect(await getMetric(createMetric.id)).toEqual(createMetric);
      expect(await measurements(createMetric.id)).toEqual([]);
    });

    it('answers null for an unknown id and BAD_USER_INPUT for a malformed one', async () => {
      expect(await getMetric(MISSING_ID)).toBeNull();
      expectError(await sut.gql(GET_METRIC, { id: '123' }), 'BAD_USER_INPUT', 'id');
    });

    it('lists every metric by name', async () => {
      const b = await api.metric({ name: 'zz-list B' });
      const a = await api.metric({ name: 'zz-list A' });
      const { metrics } = await sut.ok(`{ metrics { id } }`);
      const ids = metrics.map((m: { id: string }) => m.id);
      expect(ids.filter((id: string) => id === a.id || id === b.id)).toEqual([a.id, b.id]);
    });

    it.each([
      ['a target equal to the baseline', { target: 1200 }, 'input.target'],
      ['a target above the baseline of a DECREASE metric', { target: 1300 }, 'input.target'],
      ['a target below the baseline of an INCREASE metric', { direction: 'INCREASE', baseline: 10, target: 5 }, 'input.target'],
      ['a blank name', { name: '  ' }, 'input.name'],
      ['a 1 MB name', { name: 'x'.repeat(1_000_000) }, 'input.name'],
      ['a too long unit', { unit: 'x'.repeat(21) }, 'input.unit'],
      ['a malformed goalId', { goalId: 'goal-1' }, 'input.goalId'],
    ])('rejects %s naming the field, and creates nothing', async (_label, change, field) => {
      const before = await metricCount();
      expectError(await sut.gql(CREATE_METRIC, { input: { ...valid, ...change } }), 'BAD_USER_INPUT', field);
      expect(await metricCount()).toBe(before);
    });

    it('rejects a goalId that does not exist with NOT_FOUND, and creates nothing', async () => {
      const before = await metricCount();
      expectError(await sut.gql(CREATE_METRIC, { input: { ...valid, goalId: MISSING_ID } }), 'NOT_FOUND', 'input.goalId');
      expect(await metricCount()).toBe(before);
    });

    it('rejects an unknown direction and a malformed targetDate', async () => {
      const before = await metricCount();
      const unknownDirection = await sut.gql(CREATE_METRIC, { input: { ...valid, direction: 'SIDEWAYS' } });
      expect(unknownDirection.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      const badDate = await sut.gql(CREATE_METRIC, { input: { ...valid, targetDate: '2027-13-01' } });
      expect(badDate.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(await metricCount()).toBe(before);
    });
  });

  describe('recordMeasurement, current and progress', () => {
    it('records a value at now by default', async () => {
      const metric = await api.metric();
      const before = Date.now();
      const measurement = await api.measure(metric.id, 3.5);
      const recordedAt = Date.parse(measurement.recordedAt);
      expect(measurement.value).toBe(3.5);
      expect(recordedAt).toBeGreaterThanOrEqual(before - 1000);
      expect(recordedAt).toBeLessThanOrEqual(Date.now() + 1000);
    });

    it('computes progress of a DECREASE metric: baseline 1200, target 400, current 800 is 0.5', async () => {
      const metric = await api.metric(valid);
      await api.measure(metric.id, 800);
      expect(await getMetric(metric.id)).toMatchObject({ current: 800, progress: 0.5 });
    });

    it('takes current from the latest recordedAt, not the latest recorded, and lets progress leave [0, 1]', async () => {
      const metric = await api.metric({ direction: 'INCREASE', baseline: 10, target: 20 });
      await api.measure(metric.id, 25, '2027-03-01T00:00:00Z');
      await api.measure(metric.id, 5, '2027-01-01T00:00:00Z');
      expect(await getMetric(metric.id)).toMatchObject({ current: 25, progress: 1.5 });
      await api.measure(metric.id, 5, '2027-04-01T00:00:00+02:00');
      expect(await getMetric(metric.id)).toMatchObject({ current: 5, progress: -0.5 });
    });

    it('rejects an unknown metric with NOT_FOUND and a malformed one with BAD_USER_INPUT', async () => {
      expectError(await sut.gql(RECORD, { input: { metricId: MISSING_ID, value: 1 } }), 'NOT_FOUND', 'input.metricId');
      expectError(await sut.gql(RECORD, { input: { metricId: 'm-1', value: 1 } }), 'BAD_USER_INPUT', 'input.metricId');
    });

    it.each([['2027-03-31'], ['2027-03-31T12:00:00'], ['2027-02-30T12:00:00Z'], ['yesterday']])(
      'rejects the malformed instant %s, and records nothing',
      async (recordedAt) => {
        const metric = await api.metric();
        const result = await sut.gql(RECORD, { input: { metricId: metric.id, value: 1, recordedAt } });
        expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
        expect(await measurements(metric.id)).toEqual([]);
      },
    );

    it('rejects a value that is not a finite number, and records nothing', async () => {
      const metric = await api.metric();
      const body = `{"query": ${JSON.stringify(RECORD)}, "variables": {"input": {"metricId": "${metric.id}", "value": 1e999}}}`;
      const response = await sut.fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const result = await response.json();
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect((await sut.gql(RECORD, { input: { metricId: metric.id, value: 'NaN' } })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(await measurements(metric.id)).toEqual([]);
    });
  });

  describe('measurements', () => {
    it('lists measurements by recordedAt ascending, within an inclusive window', async () => {
      const metric = await api.metric();
      await api.measure(metric.id, 3, '2027-03-01T00:00:00.000Z');
      await api.measure(metric.id, 1, '2027-01-01T00:00:00.000Z');
      await api.measure(metric.id, 2, '2027-02-01T00:00:00.000Z');

      expect((await measurements(metric.id)).map((m: { value: number }) => m.value)).toEqual([1, 2, 3]);
      const window = await measurements(metric.id, { from: '2027-02-01T00:00:00.000Z', to: '2027-03-01T00:00:00.000Z' });
      expect(window).toEqual([
        { value: 2, recordedAt: '2027-02-01T00:00:00.000Z' },
        { value: 3, recordedAt: '2027-03-01T00:00:00.000Z' },
      ]);
      expect(await measurements(metric.id, { to: '2027-01-31T23:59:59Z' })).toEqual([{ value: 1, recordedAt: '2027-01-01T00:00:00.000Z' }]);
    });

    it('serves different windows of several metrics in one request', async () => {
      const [a, b] = [await api.metric(), await api.metric()];
      await api.measure(a.id, 1, '2027-01-01T00:00:00Z');
      await api.measure(b.id, 2, '2027-06-01T00:00:00Z');
      const query = `query ($a: ID!, $b: ID!) {
        a: metric(id: $a) { all: measurements { value } early: measurements(to: "2027-02-01T00:00:00Z") { value } }
        b: metric(id: $b) { all: measurements { value } early: measurements(to: "2027-02-01T00:00:00Z") { value } }
      }`;
      const data = await sut.ok(query, { a: a.id, b: b.id });
      expect(data).toEqual({ a: { all: [{ value: 1 }], early: [{ value: 1 }] }, b: { all: [{ value: 2 }], early: [] } });
    });

    it('rejects a window whose from is after its to', async () => {
      const metric = await api.metric();
      const result = await sut.gql(MEASUREMENTS, { id: metric.id, from: '2027-02-01T00:00:00Z', to: '2027-01-01T00:00:00Z' });
      expectError(result, 'BAD_USER_INPUT', 'from');
    });
  });

  describe('fields', () => {
    it('lists the initiatives that move it, by start date then key', async () => {
      const metric = await api.metric();
      const later = await make.initiative({ startDate: '2027-06-01', metricIds: [metric.id] });
      const earlier = await make.initiative({ startDate: '2027-02-01', metricIds: [metric.id] });
      const { metric: found } = await sut.ok(`query ($id: ID!) { metric(id: $id) { initiatives { id } } }`, { id: metric.id });
      expect(found.initiatives).toEqual([{ id: earlier.id }, { id: later.id }]);
    });
  });

  describe('updateMetric', () => {
    it('changes the given fields, keeps omitted ones, clears explicit nulls', async () => {
      const goal = await api.goal();
      const metric = await api.metric({ ...valid, targetDate: '2027-12-31', goalId: goal.id });
      const { updateMetric } = await sut.ok(UPDATE_METRIC, {
        input: { id: metric.id, version: 1, name: ' Renamed ', target: 300, goalId: null },
      });
      expect(updateMetric).toMatchObject({ name: 'Renamed', unit: 'ms', target: 300, targetDate: '2027-12-31', goal: null, version: 2 });
      const { updateMetric: again } = await sut.ok(UPDATE_METRIC, {
        input: { id: metric.id, version: 2, targetDate: null, goalId: goal.id },
      });
      expect(again).toMatchObject({ name: 'Renamed', targetDate: null, goal: { id: goal.id }, version: 3 });
      expect(await getMetric(metric.id)).toEqual(again);
    });

    it.each([
      ['a null name', { name: null }, 'input.name'],
      ['a null baseline', { baseline: null }, 'input.baseline'],
      ['a null direction', { direction: null }, 'input.direction'],
      ['a target on the wrong side', { target: 1500 }, 'input.target'],
      ['a direction that puts the stored target on the wrong side', { direction: 'INCREASE' }, 'input.direction'],
      ['a baseline below the stored target of a DECREASE metric', { baseline: 100 }, 'input.baseline'],
    ])('rejects %s naming the field, and changes nothing', async (_label, change, field) => {
      const metric = await api.metric(valid);
      expectError(await sut.gql(UPDATE_METRIC, { input: { id: metric.id, version: 1, ...change } }), 'BAD_USER_INPUT', field);
      expect(await getMetric(metric.id)).toEqual(metric);
    });

    it('rejects unknown ids with NOT_FOUND, and changes nothing', async () => {
      const metric = await api.metric(valid);
      expectError(await sut.gql(UPDATE_METRIC, { input: { id: MISSING_ID, version: 1, name: 'X' } }), 'NOT_FOUND', 'input.id');
      expectError(
        await sut.gql(UPDATE_METRIC, { input: { id: metric.id, version: 1, name: 'X', goalId: MISSING_ID } }),
        'NOT_FOUND',
        'input.goalId',
      );
      expect(await getMetric(metric.id)).toEqual(metric);
    });

    it('rejects a stale version with CONFLICT, and lets one of two racing updates win', async () => {
      const metric = await api.metric(valid);
      const results = await Promise.all(
        ['One', 'Two'].map((name) => sut.gql(UPDATE_METRIC, { input: { id: metric.id, version: 1, name } })),
      );
      const winner = results.find((r) => !r.errors);
      expectError(
        results.find((r) => r.errors)!,
        'CONFLICT',
      );
      expect(await getMetric(metric.id)).toEqual(winner!.data!.updateMetric);
      expectError(await sut.gql(UPDATE_METRIC, { input: { id: metric.id, version: 1, name: 'Late' } }), 'CONFLICT');
      expect(await getMetric(metric.id)).toEqual(winner!.data!.updateMetric);
    });
  });
});
