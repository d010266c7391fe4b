import { useTestApp } from './test-app';

describe('teams API', () => {
  const sut = useTestApp();

  const CREATE = `mutation ($input: CreateTeamInput!) { createTeam(input: $input) { id key name initiatives { id } } }`;

  it('creates a team and lists teams by key', async () => {
    const created = await sut.ok(CREATE, { input: { key: 'ZPLAT', name: 'Platform' } });
    expect(created.createTeam).toMatchObject({ key: 'ZPLAT', name: 'Platform', initiatives: [] });
    await sut.ok(CREATE, { input: { key: 'AINF', name: 'Infrastructure' } });

    const { teams } = await sut.ok(`{ teams { key } }`);
    const keys = teams.map((t: { key: string }) => t.key);
    expect(keys.indexOf('AINF')).toBeLessThan(keys.indexOf('ZPLAT'));
  });

  it('rejects a duplicate key naming the field, and creates nothing', async () => {
    await sut.ok(CREATE, { input: { key: 'DUP', name: 'First' } });
    const result = await sut.gql(CREATE, { input: { key: 'DUP', name: 'Second' } });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.key' });
    const { teams } = await sut.ok(`{ teams { key name } }`);
    expect(teams.filter((t: { key: string }) => t.key === 'DUP')).toEqual([{ key: 'DUP', name: 'First' }]);
  });

  it.each([
    ['lower case', 'plat'],
    ['too short', 'P'],
    ['too long', 'ABCDEFGHIJK'],
    ['punctuation', 'PL-AT'],
  ])('rejects a key that is %s', async (_label, key) => {
    const result = await sut.gql(CREATE, { input: { key, name: 'X' } });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain('input.key');
  });

  it('rejects a 1 MB name with a clear error and keeps serving', async () => {
    const result = await sut.gql(CREATE, { input: { key: 'BIG', name: 'x'.repeat(1_000_000) } });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect((await sut.ok(`{ teams { key } }`)).teams.some((t: { key: string }) => t.key === 'BIG')).toBe(false);
  });
});
