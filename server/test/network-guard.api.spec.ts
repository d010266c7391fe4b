import { SyncRunStatus } from '@throughline/shared';
import { randomUUID } from 'node:crypto';
import { SecretBox } from '../src/common/secret-box';
import { FakeJira } from './fake-jira/fake-jira';
import { sync } from './jira-factories';
import { useTestApp } from './test-app';

const CREATE = `mutation($input: CreateJiraConnectionInput!) { createJiraConnection(input: $input) { id } }`;

// Without ALLOW_PRIVATE_NETWORK_TARGETS, a Jira connection may not point at this machine or a
// private network: refused when saved, and again when a sync connects.
describe('outbound network guard', () => {
  const t = useTestApp({ JIRA_SYNC_WORKERS: '1' });
  let fake: FakeJira;

  beforeEach(async () => {
    fake = await FakeJira.start();
  });
  afterEach(() => fake.close());

  const port = () => new URL(fake.baseUrl).port;
  const input = (baseUrl: string) => ({
    name: `Inside ${randomUUID()}`,
    baseUrl,
    email: fake.email,
    apiToken: fake.apiToken,
    jql: 'project = X',
  });

  it.each([
    ['the fake Jira on 127.0.0.1', () => fake.baseUrl],
    ['localhost', () => `http://localhost:${port()}`],
    ['127.0.0.1 as one decimal number', () => `http://2130706433:${port()}`],
    ['127.0.0.1 in hex', () => `http://0x7f.1:${port()}`],
    ['127.0.0.1 in octal', () => `http://017700000001:${port()}`],
    ['IPv6 loopback', () => `http://[::1]:${port()}`],
    ['IPv4-mapped loopback', () => `https://[::ffff:127.0.0.1]:${port()}`],
    ['the cloud metadata address', () => 'https://169.254.169.254'],
    ['the IPv6 cloud metadata address', () => 'https://[fd00:ec2::254]'],
    ['a private network address', () => 'https://10.1.2.3'],
    ["Google's metadata name", () => 'https://metadata.google.internal'],
  ])('refuses %s when a connection is saved, before calling it', async (_name, baseUrl) => {
    const { errors } = await t.gql(CREATE, { input: input(baseUrl()) });
    expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.baseUrl' } });
    expect(errors?.[0].message).toMatch(/^input\.baseUrl: .*ALLOW_PRIVATE_NETWORK_TARGETS=true/);
    expect(fake.requests).toEqual([]);
  });

  it('refuses the address a sync connects to, when it has become a private one since it was saved', async () => {
    // As if saved while its name pointed elsewhere: written straight to the table.
    const id = randomUUID();
    const token = t.app.get(SecretBox).encrypt(fake.apiToken, id);
    await t.dataSource.query(
      `INSERT INTO jira_connection (id, name, base_url, email, api_token_encrypted, jql) VALUES ($1, $2, $3, $4, $5, 'project = X')`,
      [id, `Rebound ${id}`, `http://localhost:${port()}`, fake.email, token],
    );
    const run = await sync(t, id);
    expect(run.status).toBe(SyncRunStatus.FAILED);
    expect(run.error).toMatch(/localhost .*ALLOW_PRIVATE_NETWORK_TARGETS=true/);
    expect(fake.requests).toEqual([]);
  });
});
