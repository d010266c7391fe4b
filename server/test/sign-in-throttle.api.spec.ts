import { next } from './factories';
import { newUser, PASSWORD, postJson } from './callers';
import { useTestApp } from './test-app';

describe('sign-in throttling', () => {
  // Trusting one proxy hop lets each test be "another address" through X-Forwarded-For.
  const sut = useTestApp({ TRUST_PROXY: '1' });
  const from = (address: string) => ({ 'x-forwarded-for': address });
  const address = () => `203.0.113.${next() % 250}`;

  it('refuses an account after 5 failures in 15 minutes, even with the right password, with Retry-After', async () => {
    const user = await newUser(sut);
    for (let i = 0; i < 5; i++)
      expect((await postJson(sut, '/auth/login', { email: user.email, password: 'wrong password!' }, from(address()))).status).toBe(401);
    const refused = await postJson(sut, '/auth/login', { email: user.email, password: PASSWORD }, from(address()));
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ error: { code: 'RATE_LIMITED' } });
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);

    // Once the oldest failure leaves the window (moved back in time here), the right password works.
    await sut.dataSource.query(
      `UPDATE sign_in_failure SET at = at - interval '15 minutes' WHERE id = (SELECT min(id) FROM sign_in_failure WHERE email = $1)`,
      [user.email],
    );
    expect((await postJson(sut, '/auth/login', { email: user.email, password: PASSWORD }, from(address()))).status).toBe(204);
  });

  it('counts unknown emails too, and a success forgives the account', async () => {
    const email = `nobody${next()}@example.com`;
    for (let i = 0; i < 5; i++) await postJson(sut, '/auth/login', { email, password: 'whatever it is' }, from(address()));
    expect((await postJson(sut, '/auth/login', { email, password: 'whatever it is' }, from(address()))).status).toBe(429);

    const user = await newUser(sut);
    for (let i = 0; i < 4; i++) await postJson(sut, '/auth/login', { email: user.email, password: 'wrong password!' }, from(address()));
    expect((await postJson(sut, '/auth/login', { email: user.email, password: PASSWORD }, from(address()))).status).toBe(204);
    for (let i = 0; i < 4; i++) await postJson(sut, '/auth/login', { email: user.email, password: 'wrong password!' }, from(address()));
    expect((await postJson(sut, '/auth/login', { email: user.email, password: PASSWORD }, from(address()))).status).toBe(204);
  });

  it('refuses an address after 20 failures in 15 minutes, whichever accounts it tried', async () => {
    const guesser = from('198.51.100.7');
    for (let i = 0; i < 20; i++)
      expect(
        (await postJson(sut, '/auth/login', { email: `guess${next()}@example.com`, password: 'a guess, surely' }, guesser)).status,
      ).toBe(401);
    const user = await newUser(sut);
    const refused = await postJson(sut, '/auth/login', { email: user.email, password: PASSWORD }, guesser);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // The same account from elsewhere is fine.
    expect((await postJson(sut, '/auth/login', { email: user.email, password: PASSWORD }, from('198.51.100.8'))).status).toBe(204);
  });

  it('keeps its counts in Postgres, pruning what left the window', async () => {
    await sut.dataSource.query(
      `INSERT INTO sign_in_failure (email, address, at) VALUES ('old@example.com', '192.0.2.1', now() - interval '16 minutes')`,
    );
    await postJson(sut, '/auth/login', { email: 'x@example.com', password: 'not the password' }, from(address()));
    const [{ count }] = await sut.dataSource.query(`SELECT count(*)::int AS count FROM sign_in_failure WHERE email = 'old@example.com'`);
    expect(count).toBe(0);
  });
});
