import { Role } from '@throughline/shared';
import { ApiTokenEntity } from '../src/api-token/api-token.entity';
import { sha256Hex } from '../src/common/secret-tokens';
import { Credentials, gqlAs, okAs, signedIn } from './callers';
import { expectError, MISSING_ID } from './graphql-helpers';
import { AnswerValue, useTestApp } from './test-app';

const TOKEN_FIELDS = 'id name role prefix createdAt expiresAt lastUsedAt owner { id name }';
const CREATE = `mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { ${TOKEN_FIELDS} } } }`;
const LIST = `{ apiTokens { ${TOKEN_FIELDS} } }`;
const REVOKE = `mutation ($id: ID!) { revokeApiToken(id: $id) }`;
const ME = `{ me { id name role } }`;
const USERS = `{ users { id } }`;
const UPDATE_USER = `mutation ($input: UpdateUserInput!) { updateUser(input: $input) { id role active } }`;
const CREATE_USER = `mutation ($input: CreateUserInput!) { createUser(input: $input) { user { id } } }`;

describe('API tokens', () => {
  const sut = useTestApp();

  /** A token made by `by` with `input`; returns the secret as Credentials and the listed token. */
  async function tokenOf(by: Credentials, input: Record<string, unknown>): Promise<{ bearer: Credentials; apiToken: AnswerValue }> {
    const { createApiToken } = await okAs(sut, by, CREATE, { input: { name: 'ci-push', ...input } });
    return { bearer: { bearer: createApiToken.token }, apiToken: createApiToken.apiToken };
  }

  const tokenRow = (id: string) => sut.dataSource.getRepository(ApiTokenEntity).findOneByOrFail({ id });

  it('is shown once, stored as its hash only, and works as a Bearer token for its owner', async () => {
    const editor = await signedIn(sut, Role.EDITOR, 'Priya Raman');
    const { createApiToken } = await okAs(sut, editor, CREATE, { input: { name: 'ci-push', role: 'EDITOR' } });
    const { token, apiToken } = createApiToken;
    expect(token).toMatch(/^tl_[0-9A-Za-z]{43}$/);
    expect(apiToken).toMatchObject({
      name: 'ci-push',
      role: 'EDITOR',
      prefix: token.slice(0, 10),
      lastUsedAt: null,
      owner: { id: editor.user.id },
    });

    const row = await tokenRow(apiToken.id);
    expect(row.tokenHash).toBe(sha256Hex(token));
    const [{ stored }] = await sut.dataSource.query(`SELECT row_to_json(t)::text AS stored FROM api_token t WHERE id = $1`, [apiToken.id]);
    expect(stored).not.toContain(token);
    expect(JSON.stringify((await okAs(sut, editor, LIST)).apiTokens)).not.toContain(token);

    expect((await okAs(sut, { bearer: token }, ME)).me).toEqual({ id: editor.user.id, name: 'Priya Raman', role: 'EDITOR' });
  });

  it('is audited without its secret, and what it changes is audited as "token <name> (<owner>)"', async () => {
    const editor = await signedIn(sut, Role.EDITOR, 'Ada Lovelace');
    const { bearer, apiToken } = await tokenOf(editor, { name: 'ci-push', role: 'EDITOR' });
    const made = (await okAs(sut, bearer, CREATE, { input: { name: 'second', role: 'VIEWER' } })).createApiToken;
    const events = await sut.dataSource.query(
      `SELECT entity_id, action, actor_kind, actor_name, actor_token_id, changes::text AS changes FROM audit_event WHERE entity_type = 'ApiToken' AND entity_id = ANY($1) ORDER BY id`,
      [[apiToken.id, made.apiToken.id]],
    );
    expect(events).toEqual([
      expect.objectContaining({
        entity_id: apiToken.id,
        action: 'CREATE',
        actor_kind: 'USER',
        actor_name: 'Ada Lovelace',
        actor_token_id: null,
      }),
      expect.objectContaining({
        entity_id: made.apiToken.id,
        actor_kind: 'API_TOKEN',
        actor_name: 'token ci-push (Ada Lovelace)',
        actor_token_id: apiToken.id,
      }),
    ]);
    for (const event of events) expect(event.changes).not.toMatch(/tl_|token_?hash|prefix/i);
  });

  it('refuses an unknown, malformed or missing token as UNAUTHENTICATED', async () => {
    const unknown = `tl_${'A'.repeat(43)}`;
    for (const bearer of [unknown, 'tl_short', 'not-a-token']) expectError(await gqlAs(sut, { bearer }, LIST), 'UNAUTHENTICATED');
    expectError(await gqlAs(sut, {}, LIST), 'UNAUTHENTICATED');
  });

  it("may do the lower of its own role and its owner's current one, a later demotion included", async () => {
    const admin = await signedIn(sut, Role.ADMIN);
    const other = await signedIn(sut, Role.ADMIN);
    const viewerToken = await tokenOf(admin, { role: 'VIEWER' });
    expectError(await gqlAs(sut, viewerToken.bearer, USERS), 'FORBIDDEN');
    const adminToken = await tokenOf(admin, { role: 'ADMIN' });
    await okAs(sut, adminToken.bearer, USERS);

    await okAs(sut, other, UPDATE_USER, { input: { id: admin.user.id, role: 'EDITOR' } });
    expectError(await gqlAs(sut, adminToken.bearer, USERS), 'FORBIDDEN');
    await okAs(sut, adminToken.bearer, LIST);
  });

  it("cannot be created above the caller's role: FORBIDDEN, for a session and for a capped token alike", async () => {
    const viewer = await signedIn(sut, Role.VIEWER);
    expectError(await gqlAs(sut, viewer, CREATE, { input: { name: 'x', role: 'EDITOR' } }), 'FORBIDDEN', 'input.role');
    const admin = await signedIn(sut, Role.ADMIN);
    const capped = await tokenOf(admin, { role: 'VIEWER' });
    expectError(await gqlAs(sut, capped.bearer, CREATE, { input: { name: 'x', role: 'EDITOR' } }), 'FORBIDDEN', 'input.role');
    await okAs(sut, capped.bearer, CREATE, { input: { name: 'x', role: 'VIEWER' } });
  });

  it('stops working on the very next request once revoked', async () => {
    const editor = await signedIn(sut, Role.EDITOR);
    const { bearer, apiToken } = await tokenOf(editor, { role: 'VIEWER' });
    await okAs(sut, bearer, LIST);
    expect(await okAs(sut, editor, REVOKE, { id: apiToken.id })).toEqual({ revokeApiToken: true });
    expectError(await gqlAs(sut, bearer, LIST), 'UNAUTHENTICATED');
    expect((await okAs(sut, editor, LIST)).apiTokens).toEqual([]);
    expect(await okAs(sut, editor, REVOKE, { id: apiToken.id })).toEqual({ revokeApiToken: true });
  });

  it('stops working once expired, and cannot be made already expired', async () => {
    const editor = await signedIn(sut, Role.EDITOR);
    const inAnHour = new Date(Date.now() + 3_600_000).toISOString();
    const { bearer, apiToken } = await tokenOf(editor, { role: 'VIEWER', expiresAt: inAnHour });
    expect(apiToken.expiresAt).toBe(inAnHour);
    await okAs(sut, bearer, LIST);
    await sut.dataSource.query(`UPDATE api_token SET expires_at = now() - interval '1 second' WHERE id = $1`, [apiToken.id]);
    expectError(await gqlAs(sut, bearer, LIST), 'UNAUTHENTICATED');

    const past = new Date(Date.now() - 1000).toISOString();
    expectError(
      await gqlAs(sut, editor, CREATE, { input: { name: 'x', role: 'VIEWER', expiresAt: past } }),
      'BAD_USER_INPUT',
      'input.expiresAt',
    );
  });

  it('stops working on the very next request once its owner is deactivated', async () => {
    const admin = await signedIn(sut, Role.ADMIN);
    const editor = await signedIn(sut, Role.EDITOR);
    const { bearer } = await tokenOf(editor, { role: 'EDITOR' });
    await okAs(sut, bearer, LIST);
    await okAs(sut, admin, UPDATE_USER, { input: { id: editor.user.id, active: false } });
    expectError(await gqlAs(sut, bearer, LIST), 'UNAUTHENTICATED');
  });

  it('records when it was last used, writing at most once a minute', async () => {
    const editor = await signedIn(sut, Role.EDITOR);
    const { bearer, apiToken } = await tokenOf(editor, { role: 'VIEWER' });
    expect((await tokenRow(apiToken.id)).lastUsedAt).toBeNull();
    const before = Date.now();
    await okAs(sut, bearer, LIST);
    const first = (await tokenRow(apiToken.id)).lastUsedAt!;
    expect(first.getTime()).toBeGreaterThanOrEqual(before - 1000);
    await okAs(sut, bearer, LIST);
    expect((await tokenRow(apiToken.id)).lastUsedAt).toEqual(first);

    await sut.dataSource.query(`UPDATE api_token SET last_used_at = now() - interval '2 minutes' WHERE id = $1`, [apiToken.id]);
    await okAs(sut, bearer, LIST);
    expect((await tokenRow(apiToken.id)).lastUsedAt!.getTime()).toBeGreaterThanOrEqual(first.getTime());
    const listed = (await okAs(sut, editor, LIST)).apiTokens.find((token: AnswerValue) => token.id === apiToken.id);
    expect(listed.lastUsedAt).not.toBeNull();
  });

  it("lists the caller's own tokens; an ADMIN's list has everyone's", async () => {
    const [viewer, editor, admin] = [await signedIn(sut, Role.VIEWER), await signedIn(sut, Role.EDITOR), await signedIn(sut, Role.ADMIN)];
    const mine = await tokenOf(viewer, { role: 'VIEWER' });
    const theirs = await tokenOf(editor, { role: 'EDITOR' });
    expect((await okAs(sut, viewer, LIST)).apiTokens.map((token: AnswerValue) => token.id)).toEqual([mine.apiToken.id]);
    const all = (await okAs(sut, admin, LIST)).apiTokens.map((token: AnswerValue) => token.id);
    expect(all).toEqual(expect.arrayContaining([mine.apiToken.id, theirs.apiToken.id]));
    expectError(await gqlAs(sut, viewer, REVOKE, { id: theirs.apiToken.id }), 'NOT_FOUND');
    expectError(await gqlAs(sut, viewer, REVOKE, { id: MISSING_ID }), 'NOT_FOUND');
    await okAs(sut, theirs.bearer, LIST);
    await okAs(sut, admin, REVOKE, { id: theirs.apiToken.id });
    expectError(await gqlAs(sut, theirs.bearer, LIST), 'UNAUTHENTICATED');
  });

  describe('for a service account (a user with no password)', () => {
    it("only an ADMIN creates them, capped by the account's role", async () => {
      const admin = await signedIn(sut, Role.ADMIN);
      const editor = await signedIn(sut, Role.EDITOR);
      const { createUser } = await okAs(sut, admin, CREATE_USER, {
        input: { email: 'ci-bot@example.com', name: 'CI bot', role: 'EDITOR' },
      });
      const service = createUser.user.id;

      expectError(
        await gqlAs(sut, editor, CREATE, { input: { name: 'x', role: 'VIEWER', ownerId: service } }),
        'FORBIDDEN',
        'input.ownerId',
      );
      expectError(
        await gqlAs(sut, admin, CREATE, { input: { name: 'x', role: 'ADMIN', ownerId: service } }),
        'BAD_USER_INPUT',
        'input.role',
      );
      expectError(
        await gqlAs(sut, admin, CREATE, { input: { name: 'x', role: 'VIEWER', ownerId: editor.user.id } }),
        'BAD_USER_INPUT',
        'input.ownerId',
      );
      expectError(
        await gqlAs(sut, admin, CREATE, { input: { name: 'x', role: 'VIEWER', ownerId: MISSING_ID } }),
        'NOT_FOUND',
        'input.ownerId',
      );

      const { bearer, apiToken } = await tokenOf(admin, { name: 'push', role: 'EDITOR', ownerId: service });
      expect(apiToken.owner).toEqual({ id: service, name: 'CI bot' });
      expect((await okAs(sut, bearer, ME)).me).toMatchObject({ id: service, role: 'EDITOR' });
      expect((await okAs(sut, bearer, LIST)).apiTokens.map((token: AnswerValue) => token.id)).toEqual([apiToken.id]);
    });
  });
});
