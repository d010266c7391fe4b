import { Role, SsoError } from '@throughline/shared';
import { UserEntity } from '../src/user/user.entity';
import { UserService } from '../src/user/user.service';
import { Browser } from './fake-oidc/browser';
import { CLIENT_ID, CLIENT_SECRET, useFakeOidcProvider } from './fake-oidc/fake-oidc-provider';
import { next } from './factories';
import { PASSWORD } from './callers';
import { TestApp, useTestApp } from './test-app';

// Single sign-on against a real OpenID provider (oidc-provider) on loopback, over real HTTP. The
// app's public URL is an alias of the port it listens on, as behind a reverse proxy.
const PUBLIC_URL = 'http://localhost:39999';
const at = (path: string) => `${PUBLIC_URL}${path}`;
const OIDC = { THROUGHLINE_PUBLIC_URL: PUBLIC_URL, OIDC_CLIENT_ID: CLIENT_ID, OIDC_CLIENT_SECRET: CLIENT_SECRET };

interface Person {
  sub: string;
  claims: Record<string, unknown>;
}

const person = (claims: Record<string, unknown> = {}, domain = 'acme.example'): Person => {
  const n = next();
  return { sub: `person-${n}`, claims: { email: `Person${n}@${domain}`, email_verified: true, name: `Person ${n}`, ...claims } };
};

const ME = '{ me { id email name role } }';

/** One browser's trip: the app sends it to the provider, `who` signs in there, the provider sends it back. */
class SignIn {
  readonly browser: Browser;
  constructor(private readonly sut: TestApp) {
    this.browser = new Browser({ [PUBLIC_URL]: sut.baseUrl });
  }

  /** GET /auth/oidc/login: the provider's authorization URL it redirects to. */
  async start(nextPath?: string): Promise<string> {
    const path = `/auth/oidc/login${nextPath ? `?next=${encodeURIComponent(nextPath)}` : ''}`;
    const response = await this.browser.request(at(path));
    expect(response.status).toBe(302);
    return Browser.location(response, at(path));
  }

  /** At the provider, from an authorization URL: `who` signs in and consents; the callback URL it sends back to. */
  async atProvider(authorizationUrl: string, who: Person): Promise<string> {
    const toLogin = await this.browser.request(authorizationUrl);
    const interaction = Browser.location(toLogin, authorizationUrl);
    // Signed in at the provider already (its own session): straight back with a code.
    if (!new URL(interaction).pathname.startsWith('/interaction/')) return interaction;
    const done = await this.browser.request(interaction, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(who),
    });
    const resume = Browser.location(done, interaction);
    const back = await this.browser.request(resume);
    return Browser.location(back, resume);
  }

  /** GET of the callback URL: where the app then sends the browser. */
  async back(callbackUrl: string): Promise<string> {
    const response = await this.browser.request(callbackUrl);
    expect(response.status).toBe(302);
    return Browser.location(response, callbackUrl).replace(PUBLIC_URL, '');
  }

  async all(who: Person, nextPath?: string): Promise<string> {
    return this.back(await this.atProvider(await this.start(nextPath), who));
  }

  /** `me` with this browser's session cookie (null without one). */
  async me(): Promise<{ id: string; email: string; name: string; role: Role } | null> {
    const session = this.browser.cookie(PUBLIC_URL, 'tl_session');
    if (!session) return null;
    const response = await fetch(`${this.sut.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `tl_session=${session}` },
      body: JSON.stringify({ query: ME }),
    });
    return ((await response.json()) as { data: { me: { id: string; email: string; name: string; role: Role } | null } }).data.me;
  }
}

const refusedWith = (error: SsoError, nextPath?: string) =>
  `/sign-in?sso_error=${error}${nextPath ? `&next=${encodeURIComponent(nextPath)}` : ''}`;

const plain: Record<string, string> = { ...OIDC, OIDC_ALLOWED_EMAIL_DOMAINS: 'acme.example, corp.example', OIDC_DISPLAY_NAME: 'Acme SSO' };
const withRoleClaim: Record<string, string> = {
  ...OIDC,
  OIDC_ALLOWED_EMAIL_DOMAINS: '*',
  OIDC_ROLE_CLAIM: 'throughline_role',
  OIDC_DEFAULT_ROLE: 'EDITOR',
};
useFakeOidcProvider(PUBLIC_URL, plain, withRoleClaim);

async function userByEmail(sut: TestApp, email: string): Promise<UserEntity[]> {
  return sut.dataSource.getRepository(UserEntity).findBy({ email: email.toLowerCase() });
}

async function userEvents(sut: TestApp, userId: string) {
  const data = await sut.ok<{
    auditEvents: {
      items: Array<{ action: string; actor: { kind: string; name: string }; changes: Array<{ field: string; after: string | null }> }>;
    };
  }>(`query ($filter: AuditFilter) { auditEvents(filter: $filter) { items { action actor { kind name } changes { field after } } } }`, {
    filter: { entityType: 'User', entityId: userId },
  });
  return data.auditEvents.items;
}

describe('single sign-on with OpenID Connect', () => {
  const sut = useTestApp(plain);

  it('tells the sign-in page it is on, under its name', async () => {
    expect(await (await sut.anonymous.fetch('/auth/oidc')).json()).toEqual({ enabled: true, displayName: 'Acme SSO' });
  });

  it('sends the browser to the provider with PKCE, state and nonce, keeping them in a sealed HttpOnly cookie', async () => {
    const signIn = new SignIn(sut);
    const response = await signIn.browser.request(at('/auth/oidc/login'));
    const url = new URL(Browser.location(response, at('/auth/oidc/login')));
    expect(url.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(url.searchParams.get('redirect_uri')).toBe(`${PUBLIC_URL}/auth/oidc/callback`);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    for (const name of ['state', 'nonce', 'code_challenge']) expect(url.searchParams.get(name)).toMatch(/^[\w-]{43,}$/);
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('tl_oidc='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\/auth\/oidc/);
    expect(cookie).not.toContain(url.searchParams.get('state')!);
  });

  it('creates the account at the first sign-in with the default role, audited, and signs it in where it was going', async () => {
    const who = person();
    const signIn = new SignIn(sut);
    expect(await signIn.all(who, '/risks?status=OPEN')).toBe('/risks?status=OPEN');

    const [user] = await userByEmail(sut, who.claims.email as string);
    expect(user).toMatchObject({ role: Role.VIEWER, name: who.claims.name, active: true, passwordHash: null });
    expect(await signIn.me()).toEqual({ id: user.id, email: user.email, name: user.name, role: 'VIEWER' });
    expect(signIn.browser.cookie(PUBLIC_URL, 'tl_oidc')).toBeUndefined();
    const [created] = await userEvents(sut, user.id);
    expect(created).toMatchObject({ action: 'CREATE', actor: { kind: 'SYSTEM', name: 'OpenID Connect sign-in' } });
    expect(created.changes).toContainEqual({ field: 'role', after: '"VIEWER"' });
  });

  it('reuses the account at the next sign-in, and matches an existing account by its email', async () => {
    const who = person();
    await new SignIn(sut).all(who);
    const again = new SignIn(sut);
    expect(await again.all(who)).toBe('/');
    const users = await userByEmail(sut, who.claims.email as string);
    expect(users).toHaveLength(1);
    expect((await again.me())?.id).toBe(users[0].id);

    const existing = await sut.app
      .get(UserService)
      .create({ email: `Existing${next()}@Corp.example`, name: 'Existing Editor', role: Role.EDITOR, password: PASSWORD });
    const signIn = new SignIn(sut);
    await signIn.all({ sub: `sub-${next()}`, claims: { email: existing.email.toUpperCase(), email_verified: true, name: 'Someone' } });
    expect(await signIn.me()).toMatchObject({ id: existing.id, role: 'EDITOR', name: existing.name });
    expect(await userEvents(sut, existing.id)).toEqual([]);
  });

  it('never leaves the app after signing in, whatever `next` says', async () => {
    expect(await new SignIn(sut).all(person(), '//evil.example/x')).toBe('/');
    expect(await new SignIn(sut).all(person(), 'https://evil.example')).toBe('/');
  });

  it('refuses a callback whose state is not the one this browser was sent with', async () => {
    const signIn = new SignIn(sut);
    const callback = new URL(await signIn.atProvider(await signIn.start('/teams'), person()));
    callback.searchParams.set('state', 'a-state-from-somewhere-else');
    expect(await signIn.back(callback.href)).toBe(refusedWith(SsoError.EXPIRED, '/teams'));
    expect(await signIn.me()).toBeNull();
  });

  it('refuses a callback in a browser that never started the sign-in (login CSRF)', async () => {
    const who = person();
    const attacker = new SignIn(sut);
    const callback = await attacker.atProvider(await attacker.start(), who);
    const victim = new SignIn(sut);
    expect(await victim.back(callback)).toBe(refusedWith(SsoError.EXPIRED));
    expect(await victim.me()).toBeNull();
    expect(await userByEmail(sut, who.claims.email as string)).toEqual([]);
  });

  it('refuses an ID token issued for another nonce, even with the right state and PKCE verifier', async () => {
    // A code obtained with this browser's state and code challenge but another nonce (an injected
    // code): the provider signs an ID token with that nonce, which is not the one this sign-in sent.
    const who = person();
    const signIn = new SignIn(sut);
    const authorization = new URL(await signIn.start());
    authorization.searchParams.set('nonce', 'another-nonce-chosen-by-an-attacker-0123456789');
    const callback = await signIn.atProvider(authorization.href, who);
    expect(new URL(callback).searchParams.get('code')).toBeTruthy();
    expect(await signIn.back(callback)).toBe(refusedWith(SsoError.FAILED));
    expect(await signIn.me()).toBeNull();
    expect(await userByEmail(sut, who.claims.email as string)).toEqual([]);
  });

  it('refuses a second use of the same callback', async () => {
    const signIn = new SignIn(sut);
    const callback = await signIn.atProvider(await signIn.start(), person());
    expect(await signIn.back(callback)).toBe('/');
    expect(await signIn.back(callback)).toBe(refusedWith(SsoError.EXPIRED));
  });

  it('refuses an email outside the allowed domains, and one the provider has not verified', async () => {
    const outsider = person({}, 'elsewhere.example');
    const signIn = new SignIn(sut);
    expect(await signIn.all(outsider)).toBe(refusedWith(SsoError.DOMAIN_NOT_ALLOWED));
    expect(await signIn.me()).toBeNull();
    expect(await userByEmail(sut, outsider.claims.email as string)).toEqual([]);

    const unverified = person({ email_verified: false }, 'corp.example');
    expect(await new SignIn(sut).all(unverified)).toBe(refusedWith(SsoError.UNVERIFIED_EMAIL));
    expect(await userByEmail(sut, unverified.claims.email as string)).toEqual([]);
  });

  it('refuses a deactivated account', async () => {
    const who = person();
    const first = new SignIn(sut);
    await first.all(who);
    const { id } = (await first.me())!;
    await sut.ok(`mutation ($input: UpdateUserInput!) { updateUser(input: $input) { id } }`, { input: { id, active: false } });
    const again = new SignIn(sut);
    expect(await again.all(who, '/teams')).toBe(refusedWith(SsoError.DEACTIVATED, '/teams'));
    expect(await again.me()).toBeNull();
  });

  it('ends the session the browser had before signing in', async () => {
    const signIn = new SignIn(sut);
    await signIn.all(person());
    const before = signIn.browser.cookie(PUBLIC_URL, 'tl_session');
    await signIn.all(person());
    expect(signIn.browser.cookie(PUBLIC_URL, 'tl_session')).not.toBe(before);
    const old = await sut.anonymous.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `tl_session=${before}` },
      body: JSON.stringify({ query: ME }),
    });
    expect(await old.json()).toEqual({ data: { me: null } });
  });
});

describe('single sign-on with a role claim', () => {
  const sut = useTestApp(withRoleClaim);

  it('gives the role the claim names at the first sign-in, and follows it at every sign-in (audited)', async () => {
    const who = person({ throughline_role: 'admin' }, 'anywhere.example');
    const signIn = new SignIn(sut);
    await signIn.all(who);
    const { id } = (await signIn.me())!;
    expect(await signIn.me()).toMatchObject({ role: 'ADMIN' });

    // The only active ADMIN stays one, as when an ADMIN tries to demote themselves.
    const lastAdmin = new SignIn(sut);
    await lastAdmin.all({ ...who, claims: { ...who.claims, throughline_role: 'VIEWER' } });
    expect(await lastAdmin.me()).toMatchObject({ id, role: 'ADMIN' });
    await sut.userOf(Role.ADMIN);

    const demoted = new SignIn(sut);
    await demoted.all({ ...who, claims: { ...who.claims, throughline_role: ['VIEWER', 'nonsense'] } });
    expect(await demoted.me()).toMatchObject({ id, role: 'VIEWER' });
    const [update] = await userEvents(sut, id);
    expect(update).toMatchObject({ action: 'UPDATE', actor: { kind: 'SYSTEM', name: 'OpenID Connect sign-in' } });
    expect(update.changes).toEqual([{ field: 'role', after: '"VIEWER"' }]);
  });

  it('gives OIDC_DEFAULT_ROLE when the claim is missing or names no role', async () => {
    const signIn = new SignIn(sut);
    await signIn.all(person({ throughline_role: 'OWNER' }));
    expect(await signIn.me()).toMatchObject({ role: 'EDITOR' });
  });
});

describe('single sign-on when not configured', () => {
  const sut = useTestApp();

  it('tells the sign-in page it is off, and its routes answer 404 in the REST shape', async () => {
    expect(await (await sut.anonymous.fetch('/auth/oidc')).json()).toEqual({ enabled: false, displayName: null });
    for (const path of ['/auth/oidc/login', '/auth/oidc/callback?code=x&state=y']) {
      const response = await sut.anonymous.fetch(path, { redirect: 'manual' });
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ error: { code: 'NOT_FOUND', message: expect.stringContaining('OIDC_ISSUER_URL') } });
    }
  });
});
