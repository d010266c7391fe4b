import { Role } from '@throughline/shared';
import { sha256Hex } from '../src/common/secret-tokens';
import { gqlAs, okAs, PASSWORD, postJson, sessionCookie, signedIn } from './callers';
import { expectError } from './graphql-helpers';
import { AnswerValue, useTestApp } from './test-app';

const USER_FIELDS = 'id email name role active createdAt lastSeenAt';
const CREATE_USER = `mutation ($input: CreateUserInput!) { createUser(input: $input) { user { ${USER_FIELDS} } setPasswordUrl } }`;
const UPDATE_USER = `mutation ($input: UpdateUserInput!) { updateUser(input: $input) { ${USER_FIELDS} } }`;
const USERS = `{ users { id email role active } }`;
const ME = `{ me { id name role } }`;

const NEW_PASSWORD = 'a brand new passphrase';

describe('Users, as an ADMIN manages them', () => {
  const sut = useTestApp();

  async function created(input: Record<string, unknown> = {}): Promise<{ user: AnswerValue; secret: string }> {
    const admin = await signedIn(sut, Role.ADMIN);
    const email = `new${Math.random().toString(36).slice(2)}@example.com`;
    const { createUser } = await okAs(sut, admin, CREATE_USER, { input: { email, name: 'Sam New', role: 'EDITOR', ...input } });
    const url = new URL(createUser.setPasswordUrl, sut.baseUrl);
    expect(url.pathname).toBe('/set-password');
    return { user: createUser.user, secret: url.searchParams.get('token')! };
  }

  const setPassword = (token: string, password = NEW_PASSWORD) => postJson(sut, '/auth/set-password', { token, password });

  it('creates an account with no password and a one-time link, stored hashed, that sets it and signs in', async () => {
    const { user, secret } = await created({ email: 'Sam.New@Example.com' });
    expect(user).toMatchObject({ email: 'sam.new@example.com', name: 'Sam New', role: 'EDITOR', active: true, lastSeenAt: null });
    const [link] = await sut.dataSource.query(
      `SELECT token_hash, expires_at, row_to_json(l)::text AS stored FROM set_password_link l WHERE user_id = $1`,
      [user.id],
    );
    expect(link.token_hash).toBe(sha256Hex(secret));
    expect(link.stored).not.toContain(secret);
    const hours = (link.expires_at.getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(71.9);
    expect(hours).toBeLessThanOrEqual(72);
    const [{ password_hash }] = await sut.dataSource.query(`SELECT password_hash FROM users WHERE id = $1`, [user.id]);
    expect(password_hash).toBeNull();

    const answer = await setPassword(secret);
    expect(answer.status).toBe(204);
    expect((await okAs(sut, { cookie: sessionCookie(answer) }, ME)).me).toEqual({ id: user.id, name: 'Sam New', role: 'EDITOR' });
    const login = await postJson(sut, '/auth/login', { email: 'sam.new@example.com', password: NEW_PASSWORD });
    expect(login.status).toBe(204);

    const again = await setPassword(secret, 'someone else tries again');
    expect(again.status).toBe(400);
    expect((await again.json()).error).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await postJson(sut, '/auth/login', { email: 'sam.new@example.com', password: 'someone else tries again' })).status).toBe(401);
  });

  it('refuses a too-short password without spending the link', async () => {
    const { secret } = await created();
    const short = await setPassword(secret, 'short');
    expect(short.status).toBe(400);
    expect((await short.json()).error.message).toContain('password');
    expect((await setPassword(secret)).status).toBe(204);
  });

  it('refuses an expired or unknown link', async () => {
    const { user, secret } = await created();
    await sut.dataSource.query(`UPDATE set_password_link SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
    expect((await setPassword(secret)).status).toBe(400);
    expect((await setPassword('A'.repeat(43))).status).toBe(400);
    expect((await setPassword('not even a token')).status).toBe(400);
  });

  it('sets a password once when the link is used twice at once', async () => {
    const { secret } = await created();
    const answers = await Promise.all([setPassword(secret, 'first passphrase here'), setPassword(secret, 'second passphrase here')]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([204, 400]);
  });

  it('lists every account to an ADMIN only; only an ADMIN creates and changes them', async () => {
    const admin = await signedIn(sut, Role.ADMIN);
    const editor = await signedIn(sut, Role.EDITOR);
    const listed = (await okAs(sut, admin, USERS)).users;
    expect(listed).toEqual(expect.arrayContaining([expect.objectContaining({ id: editor.user.id, role: 'EDITOR', active: true })]));
    expectError(await gqlAs(sut, editor, USERS), 'FORBIDDEN');
    expectError(await gqlAs(sut, editor, CREATE_USER, { input: { email: 'x@example.com', name: 'X', role: 'VIEWER' } }), 'FORBIDDEN');
    expectError(await gqlAs(sut, editor, UPDATE_USER, { input: { id: editor.user.id, role: 'ADMIN' } }), 'FORBIDDEN');
    expectError(await gqlAs(sut, {}, USERS), 'UNAUTHENTICATED');
  });

  it('refuses an email already taken, in any casing', async () => {
    const admin = await signedIn(sut, Role.ADMIN);
    await okAs(sut, admin, CREATE_USER, { input: { email: 'taken@example.com', name: 'A', role: 'VIEWER' } });
    const again = await gqlAs(sut, admin, CREATE_USER, { input: { email: 'TAKEN@example.com', name: 'B', role: 'VIEWER' } });
    expectError(again, 'BAD_USER_INPUT', 'input.email');
  });

  it('changes name and role; a deactivated account is refused on its very next request and cannot sign in', async () => {
    const admin = await signedIn(sut, Role.ADMIN);
    const editor = await signedIn(sut, Role.EDITOR);
    const { updateUser } = await okAs(sut, admin, UPDATE_USER, { input: { id: editor.user.id, name: 'Renamed', role: 'VIEWER' } });
    expect(updateUser).toMatchObject({ name: 'Renamed', role: 'VIEWER', active: true });
    expect((await okAs(sut, editor, ME)).me).toMatchObject({ name: 'Renamed', role: 'VIEWER' });

    await okAs(sut, admin, UPDATE_USER, { input: { id: editor.user.id, active: false } });
    expectError(await gqlAs(sut, editor, USERS), 'UNAUTHENTICATED');
    expect((await okAs(sut, editor, ME)).me).toBeNull();
    expect((await postJson(sut, '/auth/login', { email: editor.user.email, password: PASSWORD })).status).toBe(401);

    expectError(await gqlAs(sut, admin, UPDATE_USER, { input: { id: editor.user.id, role: null } }), 'BAD_USER_INPUT', 'input.role');
    expectError(await gqlAs(sut, admin, UPDATE_USER, { input: { id: editor.user.id, name: ' ' } }), 'BAD_USER_INPUT', 'input.name');
  });

  describe('the last active ADMIN', () => {
    /** Leaves `keep` the only active ADMIN: every other ADMIN of this file's database is demoted. */
    async function onlyAdmin(keep: string): Promise<void> {
      await sut.dataSource.query(`UPDATE users SET role = 'EDITOR' WHERE role = 'ADMIN' AND id <> $1`, [keep]);
    }

    it('cannot be demoted or deactivated, by themselves or anyone', async () => {
      const admin = await signedIn(sut, Role.ADMIN);
      await onlyAdmin(admin.user.id);
      expectError(await gqlAs(sut, admin, UPDATE_USER, { input: { id: admin.user.id, role: 'EDITOR' } }), 'BAD_USER_INPUT', 'input.role');
      expectError(await gqlAs(sut, admin, UPDATE_USER, { input: { id: admin.user.id, active: false } }), 'BAD_USER_INPUT', 'input.active');
      await okAs(sut, admin, UPDATE_USER, { input: { id: admin.user.id, role: 'ADMIN', name: 'Still here' } });
    });

    it('survives two ADMINs demoting each other at once: exactly one change lands', async () => {
      const [first, second] = [await signedIn(sut, Role.ADMIN), await signedIn(sut, Role.ADMIN)];
      await onlyAdmin(first.user.id);
      await sut.dataSource.query(`UPDATE users SET role = 'ADMIN' WHERE id = $1`, [second.user.id]);
      // Each request then reaches its UPDATE while this transaction holds both rows: without a
      // lock around the last-admin check, both would see the other still an ADMIN and both land.
      await okAs(sut, first, ME);
      await okAs(sut, second, ME);
      const holder = sut.dataSource.createQueryRunner();
      await holder.startTransaction();
      await holder.query(`SELECT id FROM users WHERE id IN ($1, $2) FOR UPDATE`, [first.user.id, second.user.id]);
      const racing = Promise.all([
        gqlAs(sut, first, UPDATE_USER, { input: { id: second.user.id, role: 'VIEWER' } }),
        gqlAs(sut, second, UPDATE_USER, { input: { id: first.user.id, active: false } }),
      ]);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await holder.commitTransaction();
      await holder.release();
      const answers = await racing;
      expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
      const [{ count }] = await sut.dataSource.query(`SELECT count(*)::int AS count FROM users WHERE role = 'ADMIN' AND active`);
      expect(count).toBe(1);
    });
  });
});
