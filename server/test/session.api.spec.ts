import { sha256Hex } from '../src/common/secret-tokens';
import { SessionEntity } from '../src/session/session.entity';
import { UserEntity } from '../src/user/user.entity';
import { next } from './factories';
import { newUser, PASSWORD, postJson, sessionCookie } from './callers';
import { TestApp, useTestApp } from './test-app';

const ME = `{ me { id email role } }`;

/** The session row's id for a Cookie header: the SHA-256 of its value. */
const rowIdOf = (cookie: string) => sha256Hex(cookie.slice('tl_session='.length));

async function meWith(sut: TestApp, cookie: string) {
  const response = await sut.anonymous.fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query: ME }),
  });
  return ((await response.json()) as { data: { me: { id: string } | null } }).data.me;
}

describe('sessions', () => {
  const sut = useTestApp();

  async function signIn(user: UserEntity, headers: Record<string, string> = {}): Promise<string> {
    const response = await postJson(sut, '/auth/login', { email: user.email.toUpperCase(), password: PASSWORD }, headers);
    expect(response.status).toBe(204);
    return sessionCookie(response);
  }

  const sessionRows = (user: UserEntity) => sut.dataSource.getRepository(SessionEntity).findBy({ userId: user.id });

  it('signs in with 204 and a cookie holding only a random id: HttpOnly, SameSite=Lax, Path=/, not Secure over http', async () => {
    const user = await newUser(sut);
    const response = await postJson(sut, '/auth/login', { email: user.email, password: PASSWORD });
    expect(response.status).toBe(204);
    const [setCookie] = response.headers.getSetCookie();
    expect(setCookie).toMatch(/^tl_session=[0-9A-Za-z]{43};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Secure/);
    const [row] = await sessionRows(user);
    expect(row.id).toMatch(/^[0-9a-f]{64}$/);
    expect(setCookie).not.toContain(row.id);
    expect(await meWith(sut, sessionCookie(response))).toMatchObject({ id: user.id, email: user.email, role: 'EDITOR' });
  });

  it('answers every wrong email or password alike: 401 UNAUTHENTICATED, same message, similar time', async () => {
    const user = await newUser(sut);
    const attempts = [
      { email: user.email, password: 'not the right password' },
      { email: `nobody${next()}@example.com`, password: PASSWORD },
      { email: user.email, password: 'short' },
    ];
    const answers = [];
    for (const body of attempts) {
      const started = performance.now();
      const response = await postJson(sut, '/auth/login', body);
      answers.push({
        status: response.status,
        body: (await response.json()) as { error: { code: string; message: string } },
        ms: performance.now() - started,
      });
      expect(response.headers.getSetCookie()).toEqual([]);
    }
    for (const answer of answers)
      expect(answer).toMatchObject({ status: 401, body: { error: { code: 'UNAUTHENTICATED', message: answers[0].body.error.message } } });
    // Both the unknown email and the wrong password pay for one argon2 verification (about 20 ms).
    const [wrongPassword, unknownEmail] = answers.map((answer) => answer.ms);
    expect(Math.abs(wrongPassword - unknownEmail)).toBeLessThan(Math.max(wrongPassword, unknownEmail) * 0.6 + 15);
    expect(unknownEmail).toBeGreaterThan(5);
  });

  it('refuses a malformed body as BAD_USER_INPUT naming the field', async () => {
    const response = await postJson(sut, '/auth/login', { email: 'a@example.com' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'password' } });
  });

  it('ignores X-Forwarded-Proto unless TRUST_PROXY trusts the proxy', async () => {
    const user = await newUser(sut);
    const response = await postJson(sut, '/auth/login', { email: user.email, password: PASSWORD }, { 'x-forwarded-proto': 'https' });
    expect(response.headers.getSetCookie()[0]).not.toMatch(/Secure/);
  });

  it('renews the id at sign-in: the session the browser had before is over', async () => {
    const user = await newUser(sut);
    const before = await signIn(user);
    const after = await signIn(user, { cookie: before });
    expect(after).not.toBe(before);
    expect(await meWith(sut, before)).toBeNull();
    expect(await meWith(sut, after)).toMatchObject({ id: user.id });
  });

  it('ends after SESSION_IDLE_DAYS without a request, and SESSION_MAX_DAYS after sign-in whatever the use', async () => {
    const user = await newUser(sut);
    const idle = await signIn(user);
    const old = await signIn(user);
    expect(await sessionRows(user)).toHaveLength(2);
    await sut.dataSource.query(`UPDATE session SET last_seen_at = now() - interval '7 days 1 minute' WHERE id = $1`, [rowIdOf(idle)]);
    await sut.dataSource.query(`UPDATE session SET expires_at = now() - interval '1 second' WHERE id = $1`, [rowIdOf(old)]);
    expect(await meWith(sut, idle)).toBeNull();
    expect(await meWith(sut, old)).toBeNull();

    const fresh = await signIn(user);
    await sut.dataSource.query(`UPDATE session SET last_seen_at = now() - interval '6 days 23 hours' WHERE user_id = $1`, [user.id]);
    expect(await meWith(sut, fresh)).toMatchObject({ id: user.id });
    // That request kept it alive: last seen is now again.
    const [kept] = await sessionRows(user);
    expect(Date.now() - kept.lastSeenAt.getTime()).toBeLessThan(60_000);
  });

  it('logs out: 204, the cookie is cleared and the session ends', async () => {
    const user = await newUser(sut);
    const cookie = await signIn(user);
    const response = await postJson(sut, '/auth/logout', {}, { cookie });
    expect(response.status).toBe(204);
    expect(response.headers.getSetCookie()[0]).toMatch(/^tl_session=;.*Expires=Thu, 01 Jan 1970/);
    expect(await meWith(sut, cookie)).toBeNull();
    expect(await sessionRows(user)).toEqual([]);
  });

  it('logs out everywhere: every session of that user ends, others stay', async () => {
    const user = await newUser(sut);
    const other = await newUser(sut);
    const [laptop, phone, theirs] = [await signIn(user), await signIn(user), await signIn(other)];
    const response = await postJson(sut, '/auth/logout-everywhere', {}, { cookie: laptop, 'x-requested-with': 'XMLHttpRequest' });
    expect(response.status).toBe(204);
    expect(await meWith(sut, laptop)).toBeNull();
    expect(await meWith(sut, phone)).toBeNull();
    expect(await meWith(sut, theirs)).toMatchObject({ id: other.id });
  });

  it('refuses a session-cookie REST change without X-Requested-With (a cross-site form cannot send it)', async () => {
    const cookie = await signIn(await newUser(sut));
    const response = await postJson(sut, '/auth/logout-everywhere', {}, { cookie });
    expect(response.status).toBe(403);
    expect(await meWith(sut, cookie)).not.toBeNull();
  });

  it('cuts every session of a deactivated user on their next request', async () => {
    const user = await newUser(sut);
    const cookie = await signIn(user);
    const teams = {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: '{ teams { id } }' }),
    };
    expect((await (await sut.anonymous.fetch('/graphql', teams)).json()).errors).toBeUndefined();
    await sut.dataSource.getRepository(UserEntity).update({ id: user.id }, { active: false });
    const refused = await (await sut.anonymous.fetch('/graphql', teams)).json();
    expect(refused.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(await meWith(sut, cookie)).toBeNull();
    const again = await postJson(sut, '/auth/login', { email: user.email, password: PASSWORD });
    expect(again.status).toBe(401);
  });

  it('notes when the user was last seen, at most once a minute', async () => {
    const user = await newUser(sut);
    const cookie = await signIn(user);
    await meWith(sut, cookie);
    const seen = (await sut.dataSource.getRepository(UserEntity).findOneByOrFail({ id: user.id })).lastSeenAt;
    expect(seen).not.toBeNull();
    await meWith(sut, cookie);
    expect((await sut.dataSource.getRepository(UserEntity).findOneByOrFail({ id: user.id })).lastSeenAt).toEqual(seen);
  });

  it('answers me with null when not signed in, never an error', async () => {
    expect(await sut.anonymous.ok(ME)).toEqual({ me: null });
    expect(await meWith(sut, 'tl_session=garbage')).toBeNull();
  });
});

describe('sessions behind a trusted https proxy', () => {
  const sut = useTestApp({ TRUST_PROXY: '1', SESSION_IDLE_DAYS: '1', SESSION_MAX_DAYS: '2' });

  it('marks the cookie Secure and takes the configured expiry', async () => {
    const user = await newUser(sut);
    const response = await postJson(sut, '/auth/login', { email: user.email, password: PASSWORD }, { 'x-forwarded-proto': 'https' });
    expect(response.headers.getSetCookie()[0]).toMatch(/; Secure/);
    const [row] = await sut.dataSource.getRepository(SessionEntity).findBy({ userId: user.id });
    const days = (row.expiresAt.getTime() - row.createdAt.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(2, 2);
    const cookie = sessionCookie(response);
    expect(row.id).toBe(rowIdOf(cookie));
    await sut.dataSource.query(`UPDATE session SET last_seen_at = now() - interval '25 hours' WHERE id = $1`, [row.id]);
    expect(await meWith(sut, cookie)).toBeNull();
  });
});
