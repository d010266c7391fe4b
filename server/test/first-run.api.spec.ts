import { Role } from '@throughline/shared';
import { UserEntity } from '../src/user/user.entity';
import { PASSWORD, postJson, sessionCookie } from './callers';
import { useTestApp } from './test-app';

const admin = (n = 1) => ({ email: `First${n}@Example.com`, name: 'First Admin', password: PASSWORD });

describe('first run, with no account at all', () => {
  const sut = useTestApp();
  const users = () => sut.dataSource.getRepository(UserEntity).find();

  it('asks for the first administrator, creates exactly one even when two race, signs them in, and then refuses', async () => {
    expect(await (await sut.anonymous.fetch('/auth/first-run')).json()).toEqual({ needed: true });

    const tooShort = await postJson(sut, '/auth/first-run', { ...admin(), password: 'short' });
    expect(tooShort.status).toBe(400);
    expect(await tooShort.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'password' } });

    const [one, two] = await Promise.all([postJson(sut, '/auth/first-run', admin(1)), postJson(sut, '/auth/first-run', admin(2))]);
    expect([one.status, two.status].sort()).toEqual([204, 409]);
    const winner = one.status === 204 ? one : two;
    const created = await users();
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ role: Role.ADMIN, name: 'First Admin', active: true });
    expect(created[0].email).toMatch(/^first[12]@example\.com$/);

    const me = await sut.anonymous.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: sessionCookie(winner) },
      body: JSON.stringify({ query: '{ me { role } }' }),
    });
    expect(await me.json()).toEqual({ data: { me: { role: 'ADMIN' } } });

    expect(await (await sut.anonymous.fetch('/auth/first-run')).json()).toEqual({ needed: false });
    const later = await postJson(sut, '/auth/first-run', admin(3));
    expect(later.status).toBe(409);
    expect(await later.json()).toMatchObject({ error: { code: 'CONFLICT' } });
    expect(await users()).toHaveLength(1);
  });
});

describe('first run with THROUGHLINE_ADMIN_EMAIL and THROUGHLINE_ADMIN_PASSWORD', () => {
  const sut = useTestApp({ THROUGHLINE_ADMIN_EMAIL: 'Ops@Example.com', THROUGHLINE_ADMIN_PASSWORD: PASSWORD });

  it('has that ADMIN at start-up, who signs in; nobody is asked to create one', async () => {
    expect(await (await sut.anonymous.fetch('/auth/first-run')).json()).toEqual({ needed: false });
    const response = await postJson(sut, '/auth/login', { email: 'ops@example.com', password: PASSWORD });
    expect(response.status).toBe(204);
    const [user] = await sut.dataSource.getRepository(UserEntity).findBy({ email: 'ops@example.com' });
    expect(user).toMatchObject({ role: Role.ADMIN, passwordHash: expect.stringMatching(/^\$argon2id\$/) });
  });
});
