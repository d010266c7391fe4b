import { JiraError } from './jira-errors';
import { JiraHttp, sleepAtLeast } from './jira-http';
import { JiraField, JiraSearchPage } from './jira-types';

export type { JiraField, JiraIssue, JiraSearchPage } from './jira-types';

export interface JiraClientOptions {
  baseUrl: string;
  email: string;
  apiToken: string;
  /** Retries after a 5xx answer or a network fault; default 5. */
  maxRetries?: number;
  /** How many 429 answers in a row are waited out before giving up; default 10. */
  maxRateLimitWaits?: number;
  /** Per request; default 30 s. */
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  fetch?: typeof fetch;
}

export interface JiraMyself {
  accountId: string;
  displayName: string;
  emailAddress?: string;
  timeZone?: string;
}

// Jira Cloud allows up to 100 issues per page when fields are requested (5000 for ids only).
const DEFAULT_PAGE_SIZE = 100;

/** A Jira Cloud site, read through REST API v3 with an e-mail and API token. */
export class JiraClient {
  /** The site's origin, e.g. "https://acme.atlassian.net" (no trailing slash). */
  readonly site: string;
  private readonly http: JiraHttp;

  constructor(options: JiraClientOptions) {
    this.site = normaliseSite(options.baseUrl);
    this.http = new JiraHttp({
      site: this.site,
      email: options.email,
      apiToken: options.apiToken,
      maxRetries: options.maxRetries ?? 5,
      maxRateLimitWaits: options.maxRateLimitWaits ?? 10,
      timeoutMs: options.timeoutMs ?? 30_000,
      sleep: options.sleep ?? sleepAtLeast,
      random: options.random ?? Math.random,
      fetch: options.fetch ?? fetch,
    });
  }

  myself(): Promise<JiraMyself> {
    return this.http.call({ method: 'GET', path: '/rest/api/3/myself' });
  }

  fields(): Promise<JiraField[]> {
    return this.http.call({ method: 'GET', path: '/rest/api/3/field' });
  }

  async validateJql(jql: string): Promise<void> {
    const answer = await this.http.call<{ queries?: Array<{ errors?: string[] }> }>({
      method: 'POST',
      path: '/rest/api/3/jql/parse?validation=strict',
      body: { queries: [jql] },
      jql: true,
    });
    const errors = answer?.queries?.[0]?.errors ?? [];
    if (errors.length) throw new JiraError('INVALID_JQL', `Jira rejected the JQL: ${errors.join(' ')}`, 400);
  }

  /** Jira's estimate of how many issues match, for a progress bar; null when Jira cannot say. */
  async approximateCount(jql: string): Promise<number | null> {
    try {
      const answer = await this.http.call<{ count?: number }>({
        method: 'POST',
        path: '/rest/api/3/search/approximate-count',
        body: { jql },
        jql: true,
      });
      return typeof answer?.count === 'number' ? answer.count : null;
    } catch (error) {
      // The count is a nicety: a query Jira will not count (e.g. unbounded) must not stop a sync.
      if (error instanceof JiraError && (error.kind === 'HTTP' || error.kind === 'INVALID_JQL')) return null;
      throw error;
    }
  }

  async searchPage(jql: string, fields: string[], nextPageToken?: string, maxResults = DEFAULT_PAGE_SIZE): Promise<JiraSearchPage> {
    const body: Record<string, unknown> = { jql, fields, maxResults };
    if (nextPageToken) body.nextPageToken = nextPageToken;
    const answer = await this.http.call<{ issues?: JiraSearchPage['issues']; nextPageToken?: string | null; isLast?: boolean }>({
      method: 'POST',
      path: '/rest/api/3/search/jql',
      body,
      jql: true,
    });
    const token = answer?.nextPageToken ?? undefined;
    return { issues: answer?.issues ?? [], nextPageToken: token, isLast: answer?.isLast === true || !token };
  }
}

function normaliseSite(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl.trim());
  } catch {
    throw new JiraError(
      'SITE_NOT_FOUND',
      `"${baseUrl}" is not a web address: use the site's address, e.g. https://your-company.atlassian.net.`,
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
