import { InitiativeStatus, Role, SharedView } from '@throughline/shared';
import { parse } from 'graphql';
import { documentFingerprint } from '../src/common/operation-fingerprint';
import { sha256Hex } from '../src/common/secret-tokens';
import { SHARED_VIEW_OPERATIONS } from '../src/share-link/shared-view-operations';
import { gqlAs, okAs, signedIn } from './callers';
import { factories } from './factories';
import { expectError, MISSING_ID } from './graphql-helpers';
import { asShareLink, sharedViewRequest, shareLinkOf, TestShareLink } from './share-links';
import { AnswerValue, useTestApp } from './test-app';
import { webOperations } from './web-documents';

const FIELDS = 'id view params url expiresAt revokedAt createdBy { id name }';
const CREATE = `mutation ($input: CreateShareLinkInput!) { createShareLink(input: $input) { ${FIELDS} } }`;
const LIST = `{ shareLinks { ${FIELDS} } }`;
const REVOKE = `mutation ($id: ID!) { revokeShareLink(id: $id) }`;
const ROADMAP_PARAMS = 'from=2027-01-01&to=2027-12-31&group=goal&status=planned,in_progress&q=Checkout';

describe('share links', () => {
  const sut = useTestApp();
  const make = () => factories(sut.dataSource);

  const roadmapOf = (link: TestShareLink) => asShareLink(sut, link.secret, sharedViewRequest(link, 'Roadmap'));
  const codesOf = (result: { errors?: Array<{ extensions?: { code?: string } }> }) => (result.errors ?? []).map((e) => e.extensions?.code);

  it('pins the web app’s own documents: the allow-list matches what its shared views send', () => {
    const web = webOperations();
    const actual = Object.fromEntries(
      Object.values(SHARED_VIEW_OPERATIONS).flatMap((operations) =>
        Object.keys(operations).map((name) => [name, documentFingerprint(parse(web.get(name)!).definitions)]),
      ),
    );
    const pinned = Object.fromEntries(
      Object.values(SHARED_VIEW_OPERATIONS).flatMap((operations) => Object.entries(operations).map(([name, op]) => [name, op.document])),
    );
    // When this fails, the web app changed a shared view's query: put the new fingerprint in shared-view-operations.ts.
    expect(actual).toEqual(pinned);
  });

  it('is made by an EDITOR with its url (the secret in the fragment), found by hash, the secret sealed at rest, audited without it', async () => {
    const editor = await signedIn(sut, Role.EDITOR, 'Priya Raman');
    const { createShareLink: link } = await okAs(sut, editor, CREATE, { input: { view: 'ROADMAP', params: `?${ROADMAP_PARAMS}` } });
    expect(link).toMatchObject({
      view: 'ROADMAP',
      params: ROADMAP_PARAMS,
      expiresAt: null,
      revokedAt: null,
      createdBy: { id: editor.user.id },
    });
    const url = new URL(link.url);
    expect(`${url.origin}${url.pathname}`).toBe(`${sut.baseUrl}/shared/roadmap`);
    expect(url.search).toBe(`?${ROADMAP_PARAMS}`);
    const secret = url.hash.slice(1);
    expect(secret).toMatch(/^[0-9A-Za-z]{43}$/);

    const [{ stored, secret_hash }] = await sut.dataSource.query(
      `SELECT row_to_json(s)::text AS stored, secret_hash FROM share_link s WHERE id = $1`,
      [link.id],
    );
    expect(secret_hash).toBe(sha256Hex(secret));
    expect(stored).not.toContain(secret);
    const listed = (await okAs(sut, editor, LIST)).shareLinks;
    expect(listed).toHaveLength(1);
    // Its maker can copy the very same link again later.
    expect(listed[0].url).toBe(link.url);

    await okAs(sut, editor, REVOKE, { id: link.id });
    const events = await sut.dataSource.query(
      `SELECT action, actor_name, changes::text AS changes FROM audit_event WHERE entity_type = 'ShareLink' AND entity_id = $1 ORDER BY id`,
      [link.id],
    );
    expect(events.map((e: AnswerValue) => [e.action, e.actor_name])).toEqual([
      ['CREATE', 'Priya Raman'],
      ['UPDATE', 'Priya Raman'],
    ]);
    expect(events[0].changes).toContain('"params"');
    expect(events[1].changes).toContain('"revokedAt"');
    for (const event of events) expect(event.changes).not.toMatch(new RegExp(`${secret.slice(0, 6)}|secret|hash|prefix`, 'i'));
  });

  it('refuses params its view cannot take, naming input.params, and an expiry in the past', async () => {
    const editor = sut.as(Role.EDITOR);
    const count = async () => (await sut.dataSource.query(`SELECT count(*)::int AS n FROM share_link`))[0].n;
    const before = await count();
    const bad = [
      ['ROADMAP', 'from=2027-01-01&to=2027-12-31&admin=1'],
      ['ROADMAP', 'from=2027-02-30&to=2027-12-31'],
      ['ROADMAP', 'to=2027-12-31'],
      ['ROADMAP', 'from=2027-12-31&to=2027-01-01'],
      ['ROADMAP', 'from=2027-01-01&to=2029-01-01'],
      ['ROADMAP', 'from=2027-01-01&to=2027-12-31&from=2026-01-01'],
      ['ROADMAP', 'from=2027-01-01&to=2027-12-31&group=risk'],
      ['ROADMAP', 'from=2027-01-01&to=2027-12-31&status=SOMEDAY'],
      ['ROADMAP', 'from=2027-01-01&to=2027-12-31&team=not-an-id'],
      ['ALIGNMENT', 'fy=27'],
      ['ALIGNMENT', 'from=2027-01-01&to=2027-12-31'],
      ['ALIGNMENT', `fy=2027&x=${'a'.repeat(2000)}`],
    ];
    for (const [view, params] of bad) expectError(await editor.gql(CREATE, { input: { view, params } }), 'BAD_USER_INPUT', 'input.params');
    const past = new Date(Date.now() - 1000).toISOString();
    expectError(
      await editor.gql(CREATE, { input: { view: 'ALIGNMENT', params: 'fy=2027', expiresAt: past } }),
      'BAD_USER_INPUT',
      'input.expiresAt',
    );
    expect(await count()).toBe(before);
  });

  it('answers its view’s own query with its params, read-only and without an account', async () => {
    const team = await make().team({ key: 'PLAT' });
    await make().initiative({
      title: 'Checkout rewrite',
      status: InitiativeStatus.PLANNED,
      startDate: '2027-02-01',
      endDate: '2027-05-31',
      leadTeamId: team.id,
    });
    await make().initiative({ title: 'Checkout later', status: InitiativeStatus.PROPOSED, startDate: '2027-02-01', endDate: '2027-05-31' });
    const link = await shareLinkOf(sut, SharedView.ROADMAP, ROADMAP_PARAMS);
    const { data, errors } = await roadmapOf(link);
    expect(errors).toBeUndefined();
    const { lanes, bars } = data!.roadmap as AnswerValue;
    const titles = lanes.flatMap((lane: AnswerValue) => lane.barIndexes.map((index: number) => bars[index].title));
    expect(titles).toEqual(['Checkout rewrite']);
  });

  it('gives the verdicts of its own done bars only, without their metrics', async () => {
    const [team, other] = [await make().team(), await make().team()];
    const metric = await make().metric();
    const done = (leadTeamId: string) =>
      make().initiative({
        status: InitiativeStatus.DONE,
        startDate: '2027-02-01',
        endDate: '2027-03-31',
        leadTeamId,
        metricIds: [metric.id],
      });
    const ours = await done(team.id);
    await done(other.id);
    const link = await shareLinkOf(sut, SharedView.ROADMAP, `from=2027-01-01&to=2027-12-31&team=${team.id}`);
    const own = sharedViewRequest(link, 'RoadmapVerdicts');
    const { data, errors } = await asShareLink(sut, link.secret, own);
    expect(errors).toBeUndefined();
    // Exactly this: a verdict and the bar's id (the __typename Apollo adds), no metric, no figure.
    expect(data!.outcomes).toEqual([
      { __typename: 'Outcome', verdict: expect.any(String), initiative: { __typename: 'Initiative', id: ours.id } },
    ]);
    const refused = [
      { ...own, variables: { ...own.variables, withMetrics: true } },
      { ...own, variables: { ...own.variables, filter: undefined } },
      { ...own, query: own.query.replace('verdict', 'verdict effect explanation') },
    ];
    for (const body of refused) expect(codesOf(await asShareLink(sut, link.secret, body))).toEqual(['UNAUTHENTICATED']);
  });

  it('answers nothing else: other params, another document, another view, every other operation: UNAUTHENTICATED', async () => {
    const link = await shareLinkOf(sut, SharedView.ROADMAP, ROADMAP_PARAMS);
    const own = sharedViewRequest(link, 'Roadmap');
    const refused = [
      { ...own, variables: { ...own.variables, to: '2028-06-30' } },
      { ...own, variables: { ...own.variables, filter: undefined } },
      { ...own, query: own.query.replace('externalKey', 'externalKey history { actor { name } }') },
      { ...own, query: own.query.replace('externalKey', 'externalKey owner') },
      { ...own, query: own.query.replace('externalKey', 'externalKey secret: owner') },
      { query: `{ roadmap(from: "2027-01-01", to: "2027-12-31") { lanes { title } } }` },
      sharedViewRequest({ view: SharedView.ALIGNMENT, params: 'fy=2027' }, 'AlignmentOverview'),
      { query: `{ teams { id name } }` },
      { query: `{ initiatives { totalCount } }` },
      { query: `{ shareLinks { id } }` },
      { query: `mutation { createTeam(input: { key: "X", name: "X" }) { id } }` },
      { query: `mutation { revokeShareLink(id: "${link.id}") }` },
    ];
    for (const body of refused) expect(codesOf(await asShareLink(sut, link.secret, body))).toEqual(['UNAUTHENTICATED']);
    // `me` answers everyone: a link is nobody.
    expect((await asShareLink(sut, link.secret, { query: '{ me { id } }' })).data).toEqual({ me: null });
    // With a session cookie as well, only the link counts.
    const admin = await signedIn(sut, Role.ADMIN);
    const both = await fetch(`${sut.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: admin.cookie!, 'x-share-link': link.secret },
      body: JSON.stringify({ query: '{ teams { id } }' }),
    });
    expect(codesOf(await both.json())).toEqual(['UNAUTHENTICATED']);
    // REST routes take no share link.
    const rest = await fetch(`${sut.baseUrl}/auth/logout-everywhere`, {
      method: 'POST',
      headers: { 'x-share-link': link.secret, 'x-requested-with': 'XMLHttpRequest' },
    });
    expect(rest.status).toBe(401);
  });

  it('opens the alignment of its fiscal year with the two queries that page sends', async () => {
    const link = await shareLinkOf(sut, SharedView.ALIGNMENT, 'fy=2027');
    const calendar = await asShareLink(sut, link.secret, sharedViewRequest(link, 'FiscalCalendar'));
    expect(calendar.errors).toBeUndefined();
    const overview = await asShareLink(sut, link.secret, sharedViewRequest(link, 'AlignmentOverview'));
    expect(overview.errors).toBeUndefined();
    expect(overview.data).toHaveProperty('alignment.goals');
    const otherYear = sharedViewRequest({ view: SharedView.ALIGNMENT, params: 'fy=2028' }, 'AlignmentOverview');
    expect(codesOf(await asShareLink(sut, link.secret, otherYear))).toEqual(['UNAUTHENTICATED']);
    const roadmap = sharedViewRequest({ view: SharedView.ROADMAP, params: 'from=2027-01-01&to=2027-12-31' }, 'Roadmap');
    expect(codesOf(await asShareLink(sut, link.secret, roadmap))).toEqual(['UNAUTHENTICATED']);
  });

  it('stops at the very next request once revoked, once expired, or once its creator is deactivated', async () => {
    const revoked = await shareLinkOf(sut, SharedView.ROADMAP, ROADMAP_PARAMS);
    expect(codesOf(await roadmapOf(revoked))).toEqual([]);
    await sut.as(Role.EDITOR).ok(REVOKE, { id: revoked.id });
    expect(codesOf(await roadmapOf(revoked))).toEqual(['UNAUTHENTICATED']);

    const inAnHour = new Date(Date.now() + 3_600_000).toISOString();
    const expiring = await shareLinkOf(sut, SharedView.ROADMAP, ROADMAP_PARAMS, inAnHour);
    expect(codesOf(await roadmapOf(expiring))).toEqual([]);
    await sut.dataSource.query(`UPDATE share_link SET expires_at = now() - interval '1 second' WHERE id = $1`, [expiring.id]);
    expect(codesOf(await roadmapOf(expiring))).toEqual(['UNAUTHENTICATED']);

    const editor = await signedIn(sut, Role.EDITOR);
    const { createShareLink } = await okAs(sut, editor, CREATE, { input: { view: 'ROADMAP', params: ROADMAP_PARAMS } });
    const theirs = { ...createShareLink, secret: new URL(createShareLink.url).hash.slice(1) };
    expect(codesOf(await roadmapOf(theirs))).toEqual([]);
    await sut.ok(`mutation ($input: UpdateUserInput!) { updateUser(input: $input) { id } }`, {
      input: { id: editor.user.id, active: false },
    });
    expect(codesOf(await roadmapOf(theirs))).toEqual(['UNAUTHENTICATED']);

    for (const secret of ['A'.repeat(43), 'short', ''])
      expect(codesOf(await roadmapOf({ ...revoked, secret }))).toEqual(['UNAUTHENTICATED']);
  });

  it('is listed to its creator (an ADMIN sees all), revoked by its creator or an ADMIN, and not by viewers', async () => {
    const [viewer, editor, other, admin] = [
      await signedIn(sut, Role.VIEWER),
      await signedIn(sut, Role.EDITOR),
      await signedIn(sut, Role.EDITOR),
      await signedIn(sut, Role.ADMIN),
    ];
    const mine = (await okAs(sut, editor, CREATE, { input: { view: 'ALIGNMENT', params: 'fy=2027' } })).createShareLink;
    const theirs = (await okAs(sut, other, CREATE, { input: { view: 'ALIGNMENT', params: 'fy=2028' } })).createShareLink;
    expect((await okAs(sut, editor, LIST)).shareLinks.map((l: AnswerValue) => l.id)).toEqual([mine.id]);
    const all = (await okAs(sut, admin, LIST)).shareLinks.map((l: AnswerValue) => l.id);
    expect(all).toEqual(expect.arrayContaining([mine.id, theirs.id]));
    expectError(await gqlAs(sut, viewer, LIST), 'FORBIDDEN');
    expectError(await gqlAs(sut, viewer, CREATE, { input: { view: 'ALIGNMENT', params: 'fy=2027' } }), 'FORBIDDEN');
    expectError(await gqlAs(sut, editor, REVOKE, { id: theirs.id }), 'NOT_FOUND', 'id');
    expectError(await gqlAs(sut, editor, REVOKE, { id: MISSING_ID }), 'NOT_FOUND', 'id');
    expect(await okAs(sut, admin, REVOKE, { id: theirs.id })).toEqual({ revokeShareLink: true });
    expect(await okAs(sut, admin, REVOKE, { id: theirs.id })).toEqual({ revokeShareLink: true });
    const listed = (await okAs(sut, other, LIST)).shareLinks;
    expect(listed).toEqual([expect.objectContaining({ id: theirs.id, revokedAt: expect.any(String) })]);
  });
});
