import { Role } from '@throughline/shared';
import { Factories, factories } from './factories';
import { expectError, MISSING_ID } from './graphql-helpers';
import {
  CREATE_DECISION,
  createDecision,
  deleteAllDecisions,
  GET_DECISION,
  LIST_DECISIONS,
  SUPERSEDE_DECISION,
  UPDATE_DECISION,
} from './decision-helpers';
import { useTestApp } from './test-app';

describe('decisions API', () => {
  const sut = useTestApp();
  let make: Factories;

  beforeAll(() => {
    make = factories(sut.dataSource);
  });
  beforeEach(() => deleteAllDecisions(sut));

  const auditOf = async (id: string) =>
    (await sut.dataSource.query(`SELECT action, changes FROM audit_event WHERE entity_type = 'Decision' AND entity_id = $1 ORDER BY id`, [
      id,
    ])) as Array<{ action: string; changes: Array<{ field: string; before: string | null; after: string | null }> }>;

  it('creates numbered decisions with their links, PROPOSED by default, audited', async () => {
    const initiative = await make.initiative();
    const goal = await make.goal();
    const first = await createDecision(sut, {
      title: '  Build a read-through cache  ',
      decidedOn: '2027-01-15',
      deciders: 'Noah',
      context: '**Why**',
      initiativeIds: [initiative.id],
      goalIds: [goal.id],
    });
    const second = await createDecision(sut);
    expect(first).toMatchObject({
      number: 1,
      title: 'Build a read-through cache',
      status: 'PROPOSED',
      decidedOn: '2027-01-15',
      deciders: 'Noah',
      context: '**Why**',
      decision: '',
      consequences: '',
      version: 1,
      initiatives: [{ id: initiative.id, key: initiative.key }],
      goals: [{ id: goal.id }],
      supersededBy: null,
      supersedes: [],
    });
    expect(second.number).toBe(2);
    const [created] = await auditOf(first.id);
    expect(created.action).toBe('CREATE');
    expect(created.changes.map((change) => change.field)).toEqual(expect.arrayContaining(['number', 'title', 'initiativeIds', 'goalIds']));
  });

  it('lists decisions on their initiatives and goals, in number order', async () => {
    const [a, b] = [await make.initiative(), await make.initiative()];
    const goal = await make.goal();
    const one = await createDecision(sut, { initiativeIds: [a.id, b.id], goalIds: [goal.id] });
    const two = await createDecision(sut, { initiativeIds: [a.id] });
    const data = await sut.ok(
      `query ($a: ID!, $b: ID!, $g: ID!) { a: initiative(id: $a) { decisions { number } } b: initiative(id: $b) { decisions { number } } goal(id: $g) { decisions { id } } }`,
      { a: a.id, b: b.id, g: goal.id },
    );
    expect(data.a.decisions).toEqual([{ number: one.number }, { number: two.number }]);
    expect(data.b.decisions).toEqual([{ number: one.number }]);
    expect(data.goal.decisions).toEqual([{ id: one.id }]);
  });

  it('filters by status and searches title, text and number', async () => {
    const cache = await createDecision(sut, { title: 'Use a read-through cache', status: 'ACCEPTED' });
    const cdn = await createDecision(sut, { title: 'Serve images from the CDN', consequences: 'Cache headers 100% right' });
    await createDecision(sut, { title: 'Write ADRs', status: 'REJECTED' });
    const titles = async (variables: Record<string, unknown>) =>
      ((await sut.ok(LIST_DECISIONS, variables)).decisions as Array<{ title: string }>).map((d) => d.title);
    expect(await titles({ status: 'ACCEPTED' })).toEqual([cache.title]);
    expect(await titles({ search: 'CACHE' })).toEqual([cache.title, cdn.title]);
    expect(await titles({ search: 'cache', status: 'PROPOSED' })).toEqual([cdn.title]);
    expect(await titles({ search: '100%' })).toEqual([cdn.title]);
    expect(await titles({ search: '10_%' })).toEqual([]);
    expect(await titles({ search: `ADR-000${cdn.number}` })).toEqual([cdn.title]);
    expect(await titles({})).toHaveLength(3);
    expectError(await sut.gql(LIST_DECISIONS, { search: 'x'.repeat(201) }), 'BAD_USER_INPUT', 'search');
  });

  it('updates fields and links at the current version, audited; a stale version is a CONFLICT', async () => {
    const initiative = await make.initiative();
    const created = await createDecision(sut, { initiativeIds: [initiative.id], context: 'old' });
    const { updateDecision } = await sut.ok(UPDATE_DECISION, {
      input: { id: created.id, version: 1, status: 'ACCEPTED', context: 'new', initiativeIds: [] },
    });
    expect(updateDecision).toMatchObject({ status: 'ACCEPTED', context: 'new', initiatives: [], version: 2, title: created.title });
    const stale = await sut.gql(UPDATE_DECISION, { input: { id: created.id, version: 1, title: 'Late' } });
    expectError(stale, 'CONFLICT');
    expect(stale.errors![0].extensions).toMatchObject({ field: 'input.version' });
    const [, updated] = await auditOf(created.id);
    expect(updated.changes.map((change) => change.field).sort()).toEqual(['context', 'initiativeIds', 'status']);
  });

  it('lets exactly one of two concurrent updates at the same version through', async () => {
    const created = await createDecision(sut);
    const update = (title: string) => sut.gql(UPDATE_DECISION, { input: { id: created.id, version: 1, title } });
    const results = await Promise.all([update('Left'), update('Right')]);
    const codes = results.map((result) => result.errors?.[0].extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const { decision } = await sut.ok(GET_DECISION, { id: created.id });
    expect(decision.version).toBe(2);
    expect(results.find((result) => !result.errors)!.data!.updateDecision.title).toBe(decision.title);
  });

  it('supersedes one decision by another, both ways visible, no cycles', async () => {
    const old = await createDecision(sut, { status: 'ACCEPTED' });
    const replacement = await createDecision(sut, { status: 'ACCEPTED' });
    const { supersedeDecision } = await sut.ok(SUPERSEDE_DECISION, { id: old.id, byId: replacement.id });
    expect(supersedeDecision).toMatchObject({ id: old.id, status: 'SUPERSEDED', supersededBy: { id: replacement.id }, version: 2 });
    const { decision } = await sut.ok(GET_DECISION, { id: replacement.id });
    expect(decision.supersedes).toEqual([{ id: old.id, number: old.number }]);
    expectError(await sut.gql(SUPERSEDE_DECISION, { id: replacement.id, byId: old.id }), 'BAD_USER_INPUT', 'byId');
    expectError(await sut.gql(SUPERSEDE_DECISION, { id: old.id, byId: old.id }), 'BAD_USER_INPUT', 'byId');
    expectError(await sut.gql(SUPERSEDE_DECISION, { id: old.id, byId: MISSING_ID }), 'NOT_FOUND', 'byId');
    const [, superseded] = await auditOf(old.id);
    expect(superseded.changes.map((change) => change.field).sort()).toEqual(['status', 'supersededById']);
    // Accepting it again lets it stand on its own.
    const { updateDecision } = await sut.ok(UPDATE_DECISION, { input: { id: old.id, version: 2, status: 'ACCEPTED' } });
    expect(updateDecision.supersededBy).toBeNull();
  });

  it.each([
    ['a blank title', { title: '  ' }, 'input.title'],
    ['a title too long', { title: 'x'.repeat(301) }, 'input.title'],
    ['context too long', { title: 'T', context: 'x'.repeat(20_001) }, 'input.context'],
    ['a bad initiative id', { title: 'T', initiativeIds: ['nope'] }, 'input.initiativeIds'],
    ['a missing goal', { title: 'T', goalIds: [MISSING_ID] }, 'input.goalIds'],
    ['SUPERSEDED without a successor', { title: 'T', status: 'SUPERSEDED' }, 'input.status'],
  ])('refuses %s, naming the field, writing nothing', async (_case, input, field) => {
    const result = await sut.gql(CREATE_DECISION, { input });
    expect(result.errors?.[0].extensions).toMatchObject({ field });
    expect(result.errors?.[0].message).toContain(field);
    expect((await sut.ok(LIST_DECISIONS)).decisions).toEqual([]);
  });

  it('lets viewers read and editors write, not viewers', async () => {
    await createDecision(sut);
    expect((await sut.as(Role.VIEWER).ok(LIST_DECISIONS)).decisions).toHaveLength(1);
    expectError(await sut.as(Role.VIEWER).gql(CREATE_DECISION, { input: { title: 'T' } }), 'FORBIDDEN');
    expect((await sut.as(Role.EDITOR).ok(CREATE_DECISION, { input: { title: 'T' } })).createDecision.number).toBe(2);
  });
});
