import { networkErrorCode } from '../../common/network-error-code';
import { blockedTargetOf } from '../../common/network-guard';
import { backoffMs, parseRetryAfter, sleepAtLeast } from '../../common/retry-after';
import { SourceError } from './source-error';

/** How a source's HTTP behaves; tests shorten the waits, never the rules. */
export interface SourceHttpOptions {
  fetch: typeof fetch;
  timeoutMs: number;
  /** Retries of a network fault or a 5xx. */
  maxRetries: number;
  /** Waits on "too many requests" before giving up. */
  maxRateLimitWaits: number;
  /** A rate-limit wait longer than this is not waited: the pull fails and says when to try again. */
  maxWaitMs: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

export const DEFAULT_SOURCE_HTTP: Omit<SourceHttpOptions, 'fetch'> = {
  timeoutMs: 60_000,
  maxRetries: 3,
  maxRateLimitWaits: 5,
  maxWaitMs: 120_000,
  sleep: sleepAtLeast,
  random: Math.random,
};

export interface SourceRequest {
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
}

/** An answer below 500 other than 429: the client reads its status and body in its own terms. */
export interface SourceAnswer {
  status: number;
  /** The parsed JSON; undefined when the body is not JSON. */
  body: unknown;
  text: string;
}

/** How long a 429 asks to wait: Retry-After, else Datadog's X-RateLimit-Reset (seconds until the period resets). */
export function rateLimitWaitMs(headers: Headers): number | undefined {
  const retryAfter = parseRetryAfter(headers.get('retry-after'));
  if (retryAfter !== undefined) return retryAfter;
  const reset = Number(headers.get('x-ratelimit-reset'));
  return headers.has('x-ratelimit-reset') && Number.isFinite(reset) && reset >= 0 ? Math.ceil(reset * 1000) : undefined;
}

function describeNetworkError(error: unknown): string {
  const code = networkErrorCode(error);
  switch (code) {
    case 'TIMEOUT':
      return 'no answer in time';
    case 'ENOTFOUND':
      return 'no such host';
    case 'EAI_AGAIN':
      return 'the host name could not be resolved';
    case 'ECONNREFUSED':
      return 'the connection was refused';
    case 'ECONNRESET':
      return 'the connection was reset';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'the host is unreachable';
    default: {
      const cause = (error as { cause?: { message?: string } })?.cause?.message;
      return code ? `the connection failed (${code})` : cause ? `the connection failed (${cause})` : 'the connection failed';
    }
  }
}

/**
 * One source's HTTP: JSON, a timeout per request, retries with backoff for network faults and
 * 5xx, waits on 429 as long as the source asks (Retry-After, X-RateLimit-Reset). Its errors name
 * `label` ("Prometheus at https://…") and never carry a credential.
 */
export class SourceHttp {
  constructor(
    private readonly label: string,
    private readonly options: SourceHttpOptions,
    private readonly secrets: readonly string[],
  ) {}

  async call(request: SourceRequest): Promise<SourceAnswer> {
    let failures = 0;
    let rateLimits = 0;
    for (;;) {
      let response: Response;
      let text: string;
      try {
        response = await this.options.fetch(request.url, {
          method: request.method,
          headers: {
            Accept: 'application/json',
            ...(request.body === undefined ? {} : { 'Content-Type': 'application/json' }),
            ...request.headers,
          },
          body: request.body === undefined ? undefined : JSON.stringify(request.body),
          signal: AbortSignal.timeout(this.options.timeoutMs),
          redirect: 'error',
        });
        text = await response.text();
      } catch (error) {
        const blocked = blockedTargetOf(error);
        if (blocked) throw new SourceError('baseUrl', `Not calling ${this.label}: ${blocked.message}.`);
        if (++failures > this.options.maxRetries) {
          throw new SourceError('unavailable', this.scrub(`Could not reach ${this.label}: ${describeNetworkError(error)}.`));
        }
        await this.options.sleep(backoffMs(failures - 1, this.options.random));
        continue;
      }
      if (response.status === 429) {
        const wait = rateLimitWaitMs(response.headers) ?? backoffMs(rateLimits, this.options.random);
        if (++rateLimits > this.options.maxRateLimitWaits || wait > this.options.maxWaitMs) {
          throw new SourceError(
            'rateLimit',
            `${this.label} answered "too many requests" (rate limited) ${rateLimits} times; try again in ${Math.ceil(wait / 1000)} s or more.`,
          );
        }
        await this.options.sleep(wait);
        continue;
      }
      if (response.status >= 500) {
        if (++failures > this.options.maxRetries) {
          throw new SourceError(
            'unavailable',
            this.scrub(`${this.label} failed with HTTP ${response.status} (${snippet(text)}); try again later.`),
          );
        }
        await this.options.sleep(parseRetryAfter(response.headers.get('retry-after')) ?? backoffMs(failures - 1, this.options.random));
        continue;
      }
      return { status: response.status, body: parseJson(text), text };
    }
  }

  /** A message of the source's own, passed on without any credential in it. */
  scrub(message: string): string {
    return this.secrets.filter((secret) => secret.length >= 4).reduce((text, secret) => text.split(secret).join('***'), message);
  }

  /** A SourceError at `fault` with the source's words, scrubbed. */
  error(fault: ConstructorParameters<typeof SourceError>[0], message: string): SourceError {
    return new SourceError(fault, this.scrub(message));
  }
}

export function snippet(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat || 'an empty answer';
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
