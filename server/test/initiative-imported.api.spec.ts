import { InitiativeStatus } from '@throughline/shared';
import { DependencyOrigin } from '../src/initiative/initiative-links.entity';
import { Factories, factories } from './factories';
import { expectError, GET_INITIATIVE, UPDATE_INITIATIVE } from './graphql-helpers';
import { useTestApp } from './test-app';

// Until two-way sync exists, what Jira owns of an imported initiative is read-only here (the
// contract's Access section); Throughline's own fields stay editable.
describe('initiatives API: imported from Jira', () => {
  const sut = useTestApp();
  let make: Factories;

  beforeAll(() => {
    make = factories(sut.dataSource);
  });

  const update = (input: Record<string, unknown>) => sut.gql(UPDATE_INITIATIVE, { input });
  const imported = async (jiraKey = 'PLAT-12') => {
    const lead = await make.team();
    return make.initiative({
      title: 'Migrate sessions to Redis',
      description: 'From Jira',
      status: InitiativeStatus.IN_PROGRESS,
      startDate: '2027-01-04',
      endDate: '2027-03-26',
      leadTeamId: lead.id,
      externalKey: jiraKey,
      externalUrl: `https://acme.atlassian.net/browse/${jiraKey}`,
    });
  };

  it.each([
    ['title', 'Something else'],
    ['description', 'Rewritten here'],
    ['description', null],
    ['status', 'DONE'],
    ['startDate', '2027-01-11'],
    ['endDate', '2027-04-30'],
    ['endDate', null],
  ])('refuses a change of %s (%p) naming the field and the Jira key, and changes nothing', async (field, value) => {
    const before = await imported();
    const result = await update({ id: before.id, version: before.version, [field]: value, health: 'AT_RISK' });
    expectError(result, 'BAD_USER_INPUT', `input.${field}`);
    expect(result.errors![0].message).toContain('PLAT-12');
    const { initiative: after } = await sut.ok(GET_INITIATIVE, { id: before.id });
    expect(after).toMatchObject({ version: before.version, health: 'ON_TRACK', [field]: before[field as keyof typeof before] });
  });

  it('refuses another lead team', async () => {
    const before = await imported();
    const other = await make.team();
    expectError(await update({ id: before.id, version: before.version, leadTeamId: other.id }), 'BAD_USER_INPUT', 'input.leadTeamId');
  });

  it("keeps Throughline's own fields editable, and accepts Jira's fields sent back unchanged", async () => {
    const before = await imported();
    const [helper, goal, metric] = [await make.team(), await make.goal(), await make.metric()];
    const { updateInitiative: after } = await sut.ok(UPDATE_INITIATIVE, {
      input: {
        id: before.id,
        version: before.version,
        title: before.title,
        startDate: before.startDate,
        leadTeamId: before.leadTeamId,
        health: 'AT_RISK',
        effortWeeks: 12,
        owner: 'Priya',
        teamIds: [helper.id],
        goalIds: [goal.id],
        metricIds: [metric.id],
      },
    });
    expect(after).toMatchObject({ title: before.title, health: 'AT_RISK', effortWeeks: 12, owner: 'Priya', version: before.version + 1 });
    expect(after.teams.map((t: { id: string }) => t.id).sort()).toEqual([helper.id, before.leadTeamId].sort());
    expect(after.goals).toEqual([{ id: goal.id }]);
  });

  describe('dependencies', () => {
    const REMOVE = `mutation ($a: ID!, $b: ID!) { removeDependency(initiativeId: $a, dependsOnId: $b) { dependsOn { id } } }`;

    it('refuses to remove one that a Jira "Blocks" link made, naming both Jira keys', async () => {
      const [blocker, dependent] = [await imported('PLAT-3'), await imported('CHK-7')];
      await make.dependency(dependent.id, blocker.id, DependencyOrigin.JIRA);
      const result = await sut.gql(REMOVE, { a: dependent.id, b: blocker.id });
      expectError(result, 'BAD_USER_INPUT', 'dependsOnId');
      expect(result.errors![0].message).toContain('PLAT-3 blocks CHK-7 in Jira');
      const { initiative } = await sut.ok(GET_INITIATIVE, { id: dependent.id });
      expect(initiative.dependsOn).toEqual([{ id: blocker.id }]);
    });

    it('removes one added by hand between imported initiatives', async () => {
      const [blocker, dependent] = [await imported(), await imported()];
      await make.dependency(dependent.id, blocker.id);
      expect((await sut.ok(REMOVE, { a: dependent.id, b: blocker.id })).removeDependency.dependsOn).toEqual([]);
    });
  });
});
