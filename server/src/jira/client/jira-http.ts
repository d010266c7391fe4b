import { blockedTargetOf } from '../../common/network-guard';
import { backoffMs, parseRetryAfter, sleepAtLeast } from '../../common/retry-after';
import { JiraError } from './jira-errors';
import { errorForResponse, isUnreachableSite, networkErrorCode, siteNotFound } from './jira-response-errors';

export interface JiraHttpSettings {
  site: string;
  email: string;
  apiToken: string;
  maxRetries: number;
  maxRateLimitWaits: number;
  timeoutMs: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  fetch: typeof fetch;
}

export interface JiraRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  /** The request carries JQL: a 400 is reported as INVALID_JQL. */
  jql?: boolean;
}

type Attempt =
  | { kind: 'ok'; body: unknown }
  | { kind: 'fail'; error: JiraError }
  | { kind: 'rateLimited'; retryAfterMs?: number }
  | { kind: 'transient'; error: JiraError; retryAfterMs?: number };

export { parseRetryAfter, sleepAtLeast };

/** One Jira site's HTTP: Basic auth, JSON, a timeout per request, retries for 429, 5xx and network faults. */
export class JiraHttp {
  private contacted = false;
  private readonly authorization: string;

  constructor(private readonly settings: JiraHttpSettings) {
    this.authorization = `Basic ${Buffer.from(`${settings.email}:${settings.apiToken}`).toString('base64')}`;
  }

  async call<T>(request: JiraRequest): Promise<T> {
    let failures = 0;
    let rateLimits = 0;
    for (;;) {
      const attempt = await this.attempt(request);
      if (attempt.kind === 'ok') return attempt.body as T;
      if (attempt.kind === 'fail') throw this.scrub(attempt.error);
      let waitMs: number;
      if (attempt.kind === 'rateLimited') {
        if (++rateLimits > this.settings.maxRateLimitWaits) throw this.rateLimitedError(rateLimits - 1);
        waitMs = attempt.retryAfterMs ?? this.backoff(rateLimits - 1);
      } else {
        if (++failures > this.settings.maxRetries) throw this.scrub(attempt.error);
        waitMs = attempt.retryAfterMs ?? this.backoff(failures - 1);
      }
      await this.settings.sleep(waitMs);
    }
  }

  private async attempt(request: JiraRequest): Promise<Attempt> {
    let response: Response;
    let text: string;
    try {
      response = await this.settings.fetch(`${this.settings.site}${request.path}`, {
        method: request.method,
        headers: this.headers(request.body !== undefined),
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: AbortSignal.timeout(this.settings.timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      return this.networkFailure(error);
    }
    return this.judge(request, response, text);
  }

  private judge(request: JiraRequest, response: Response, text: string): Attempt {
    const body = parseJson(text);
    const looksForeign = text.trim() !== '' && body === undefined;
    if (!looksForeign) this.contacted = true;
    const { status } = response;
    if (status === 429) return { kind: 'rateLimited', retryAfterMs: parseRetryAfter(response.headers.get('retry-after')) };
    const context = { site: this.settings.site, email: this.settings.email, jql: !!request.jql, firstContact: !this.contacted };
    const error = () => errorForResponse({ status, body, looksForeign }, context);
    if (status >= 500) {
      return { kind: 'transient', error: error(), retryAfterMs: parseRetryAfter(response.headers.get('retry-after')) };
    }
    if (status >= 300 || looksForeign) return { kind: 'fail', error: error() };
    return { kind: 'ok', body };
  }

  private networkFailure(error: unknown): Attempt {
    // Refused by the network guard: retrying cannot help, and the reason says what would.
    const blocked = blockedTargetOf(error);
    if (blocked) return { kind: 'fail', error: new JiraError('NETWORK', `Not calling Jira at ${this.settings.site}: ${blocked.message}.`) };
    const code = networkErrorCode(error);
    if (!this.contacted && isUnreachableSite(code)) {
      return { kind: 'fail', error: siteNotFound(this.settings.site, describeCode(code)) };
    }
    const why = code === 'TIMEOUT' ? `no answer within ${this.settings.timeoutMs / 1000} s` : describeCode(code);
    return { kind: 'transient', error: new JiraError('NETWORK', `Could not talk to Jira at ${this.settings.site}: ${why}.`) };
  }

  private headers(hasBody: boolean): Record<string, string> {
    const headers: Record<string, string> = { Authorization: this.authorization, Accept: 'application/json' };
    if (hasBody) headers['Content-Type'] = 'application/json';
    return headers;
  }

  private backoff(attempt: number): number {
    return backoffMs(attempt, this.settings.random);
  }

  private rateLimitedError(waits: number): JiraError {
    return new JiraError(
      'RATE_LIMITED',
      `Jira at ${this.settings.site} kept answering "too many requests" after ${waits} waits: try again later.`,
      429,
    );
  }

  // Jira's own messages are passed on; make sure none of them can carry the credentials back out.
  private scrub(error: JiraError): JiraError {
    const secrets = [this.settings.apiToken, this.authorization.slice('Basic '.length)].filter((s) => s.length >= 4);
    const message = secrets.reduce((text, secret) => text.split(secret).join('***'), error.message);
    return message === error.message ? error : new JiraError(error.kind, message, error.status);
  }
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function describeCode(code: string | undefined): string {
  switch (code) {
    case 'ENOTFOUND':
      return 'no such host';
    case 'EAI_AGAIN':
      return 'the host name could not be resolved';
    case 'ECONNREFUSED':
      return 'the connection was refused';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'the host is unreachable';
    case 'TIMEOUT':
      return 'no answer in time';
    case undefined:
      return 'the connection failed';
    default:
      return `the connection failed (${code})`;
  }
}
