import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { FIELD_LIST } from './fake-fields';
import { issueJson, IssueView, runQuery, StoredIssue } from './fake-issues';
import { JqlError, parseJql } from './fake-jql';

export interface FakeJiraIssueInput {
  id?: string;
  key: string;
  summary: string;
  issuetype?: string;
  statusCategory?: 'new' | 'indeterminate' | 'done';
  status?: string;
  description?: unknown;
  targetStart?: string | null;
  targetEnd?: string | null;
  /** Jira's own "Start date" field. */
  startDate?: string | null;
  duedate?: string | null;
  team?: { id: string; name: string } | null;
  parentKey?: string | null;
  blocksKeys?: string[];
  projectKey?: string;
  projectName?: string;
  updated?: string;
}

/** What the fake reads of a request body (a search, a count, a JQL parse). */
export interface SearchBody {
  jql?: unknown;
  queries?: string[];
  nextPageToken?: string;
  maxResults?: unknown;
  fields?: unknown[];
}

export interface FakeJiraRequest {
  method: string;
  path: string;
  at: number;
  body?: SearchBody;
}

export interface FakeJiraOptions {
  email?: string;
  apiToken?: string;
  timeZone?: string;
  /** The most issues one search page holds, whatever maxResults asks (Jira caps it too); default 100. */
  maxResults?: number;
}

type Fault = { status: 429 | 500 | 502 | 503 | 'network'; retryAfterSeconds?: number };
type Reply = { status: number; body?: unknown; headers?: Record<string, string> };

const REMOVED_SEARCH =
  'The requested API has been removed. Please migrate to the /rest/api/3/search/jql API. A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046';

/** A Jira Cloud site on loopback: Basic auth, enhanced search with a JQL subset, field list, fault injection. */
export class FakeJira {
  readonly requests: FakeJiraRequest[] = [];
  private readonly issues = new Map<string, StoredIssue>();
  private readonly projectIds = new Map<string, string>();
  private readonly faults: Fault[] = [];
  private nextId = 10001;
  private server!: Server;
  readonly baseUrl: string = '';

  private constructor(
    readonly email: string,
    readonly apiToken: string,
    readonly timeZone: string,
    private readonly pageCap: number,
  ) {}

  static async start(options: FakeJiraOptions = {}): Promise<FakeJira> {
    const fake = new FakeJira(
      options.email ?? 'pm@example.com',
      options.apiToken ?? 'fake-token-3f9a',
      options.timeZone ?? 'UTC',
      options.maxResults ?? 100,
    );
    fake.server = createServer((req, res) => void fake.handle(req, res));
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    (fake as { baseUrl: string }).baseUrl = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
    return fake;
  }

  upsertIssue(input: FakeJiraIssueInput): void {
    const existing = this.issues.get(input.key);
    const defined = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<FakeJiraIssueInput>;
    const id = existing?.id ?? input.id ?? String(this.nextId);
    this.nextId = Math.max(this.nextId, Number(id) + 1);
    const projectKey = input.projectKey ?? existing?.projectKey ?? input.key.replace(/-\d+$/, '');
    const now = Date.now();
    const { updated, ...rest } = defined;
    this.issues.set(input.key, {
      issuetype: 'Epic',
      statusCategory: 'new',
      description: null,
      targetStart: null,
      targetEnd: null,
      startDate: null,
      duedate: null,
      team: null,
      parentKey: null,
      blocksKeys: [],
      projectName: `Project ${projectKey}`,
      createdMs: now,
      ...existing,
      ...rest,
      id,
      projectKey,
      updatedMs: updated ? Date.parse(updated) : now,
    } as StoredIssue);
  }

  deleteIssue(key: string): void {
    this.issues.delete(key);
  }

  /** Gives the issue a new key (as a move to another project does); its id stays. */
  moveIssue(key: string, newKey: string): void {
    const issue = this.issues.get(key);
    if (!issue) throw new Error(`FakeJira: no issue ${key}`);
    this.issues.delete(key);
    const projectKey = newKey.replace(/-\d+$/, '');
    const sibling = [...this.issues.values()].find((other) => other.projectKey === projectKey);
    const projectName = projectKey === issue.projectKey ? issue.projectName : (sibling?.projectName ?? `Project ${projectKey}`);
    this.issues.set(newKey, { ...issue, key: newKey, projectKey, projectName, updatedMs: Date.now() });
    for (const other of this.issues.values()) {
      if (other.parentKey === key) other.parentKey = newKey;
      other.blocksKeys = other.blocksKeys.map((blocked) => (blocked === key ? newKey : blocked));
    }
  }

  /** The next `n` requests, whatever they ask, fail this way ('network': the connection is dropped). */
  failNext(n: number, status: 429 | 500 | 502 | 503 | 'network', retryAfterSeconds?: number): void {
    for (let i = 0; i < n; i++) this.faults.push({ status, retryAfterSeconds });
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = Date.now();
    const url = new URL(req.url ?? '/', this.baseUrl);
    // Clients send JSON objects; the fake reads only the fields above.
    const body = (await readJson(req)) as SearchBody | undefined;
    this.requests.push({ method: req.method ?? 'GET', path: url.pathname, at, ...(body !== undefined ? { body } : {}) });
    const fault = this.faults.shift();
    if (fault?.status === 'network') {
      req.socket.destroy();
      return;
    }
    const reply = fault ? faultReply(fault) : this.route(req, url, body);
    send(res, reply);
  }

  private route(req: IncomingMessage, url: URL, body: SearchBody | undefined): Reply {
    if (req.headers.authorization !== `Basic ${Buffer.from(`${this.email}:${this.apiToken}`).toString('base64')}`) {
      return { status: 401, body: 'Client must be authenticated to access this resource.' };
    }
    const route = `${req.method} ${url.pathname}`;
    try {
      switch (route) {
        case 'GET /rest/api/3/myself':
          return { status: 200, body: this.myself() };
        case 'GET /rest/api/3/field':
          return { status: 200, body: FIELD_LIST };
        case 'POST /rest/api/3/search/jql':
          return this.search(body);
        case 'POST /rest/api/3/search/approximate-count':
          return { status: 200, body: { count: runQuery(parseJql(String(body?.jql ?? '')), this.view()).length } };
        case 'POST /rest/api/3/jql/parse':
          return { status: 200, body: { queries: (body?.queries ?? []).map((query: string) => parseOne(query)) } };
        case 'GET /rest/api/3/search':
        case 'POST /rest/api/3/search':
        case 'GET /rest/api/2/search':
        case 'POST /rest/api/2/search':
          return jiraError(410, REMOVED_SEARCH);
        default:
          return jiraError(404, `No route for ${route} in the fake Jira.`);
      }
    } catch (error) {
      if (error instanceof JqlError) return jiraError(400, error.message);
      throw error;
    }
  }

  private search(body: SearchBody | undefined): Reply {
    const jql = String(body?.jql ?? '');
    if (!jql.trim()) return jiraError(400, 'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.');
    const matches = runQuery(parseJql(jql), this.view());
    const offset = body?.nextPageToken ? readToken(body.nextPageToken, jql) : 0;
    if (offset === undefined) return jiraError(400, 'The provided next page token is invalid or expired.');
    const size = Math.max(1, Math.min(Number(body?.maxResults) || 50, this.pageCap));
    const page = matches.slice(offset, offset + size);
    const isLast = offset + size >= matches.length;
    const fields = Array.isArray(body?.fields) ? body.fields.map(String) : ['id'];
    return {
      status: 200,
      body: {
        issues: page.map((issue) => issueJson(issue, fields, this.view())),
        ...(isLast ? {} : { nextPageToken: makeToken(offset + size, jql) }),
        isLast,
      },
    };
  }

  private myself() {
    return {
      self: `${this.baseUrl}/rest/api/3/user?accountId=5b10ac8d82e05b22cc7d4ef5`,
      accountId: '5b10ac8d82e05b22cc7d4ef5',
      accountType: 'atlassian',
      emailAddress: this.email,
      displayName: 'Pat Manager',
      active: true,
      timeZone: this.timeZone,
      locale: 'en_US',
    };
  }

  private view(): IssueView {
    return {
      baseUrl: this.baseUrl,
      timeZone: this.timeZone,
      byKey: (key) => this.issues.get(key),
      all: () => [...this.issues.values()],
      projectId: (key) => {
        if (!this.projectIds.has(key)) this.projectIds.set(key, String(10000 + this.projectIds.size));
        return this.projectIds.get(key)!;
      },
    };
  }
}

function parseOne(query: string) {
  try {
    parseJql(query);
    return { query, structure: { where: {} } };
  } catch (error) {
    if (error instanceof JqlError) return { query, errors: [error.message] };
    throw error;
  }
}

function makeToken(offset: number, jql: string): string {
  return Buffer.from(JSON.stringify({ o: offset, q: jql })).toString('base64url');
}

function readToken(token: string, jql: string): number | undefined {
  try {
    const { o, q } = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    return q === jql && Number.isInteger(o) ? o : undefined;
  } catch {
    return undefined;
  }
}

function jiraError(status: number, message: string): Reply {
  return { status, body: { errorMessages: [message], errors: {} } };
}

function faultReply(fault: Fault): Reply {
  const headers = fault.retryAfterSeconds !== undefined ? { 'Retry-After': String(fault.retryAfterSeconds) } : undefined;
  if (fault.status === 429) return { status: 429, headers, body: { errorMessages: ['Rate limit exceeded.'], errors: {} } };
  return {
    status: fault.status as number,
    headers,
    body: fault.status === 500 ? { errorMessages: ['Internal server error'], errors: {} } : 'Service Unavailable',
  };
}

function send(res: ServerResponse, reply: Reply): void {
  const json = typeof reply.body !== 'string';
  res.writeHead(reply.status, { 'Content-Type': json ? 'application/json;charset=UTF-8' : 'text/plain;charset=UTF-8', ...reply.headers });
  res.end(reply.body === undefined ? '' : json ? JSON.stringify(reply.body) : reply.body);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  if (!chunks.length) return undefined;
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
