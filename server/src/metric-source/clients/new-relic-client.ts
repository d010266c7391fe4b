import { Credentials } from '../source/credentials';
import { DAY_MS, DailyWindow, finitePoints, SourceClient } from './source-client';
import { SourceAnswer, SourceHttp, SourceHttpOptions, snippet } from './source-http';

export const NEW_RELIC_ENDPOINTS = { US: 'https://api.newrelic.com', EU: 'https://api.eu.newrelic.com' } as const;

// Throughline adds the window and the daily buckets itself.
const CLAUSES_ADDED = /\b(SINCE|UNTIL|TIMESERIES|FACET)\b/i;
const TIME_FIELDS = new Set(['beginTimeSeconds', 'endTimeSeconds']);

interface NerdGraphAnswer {
  errors?: Array<{ message?: string; path?: Array<string | number> }>;
  data?: {
    actor?: { user?: { id?: number } | null; account?: { id?: number; nrql?: { results?: Array<Record<string, unknown>> } | null } | null };
  };
}

/** The first number in a result row other than its bucket's times: `average.duration`, `percentile.duration: {"99": …}`. */
function valueOf(row: Record<string, unknown>): unknown {
  for (const [key, value] of Object.entries(row)) {
    if (TIME_FIELDS.has(key)) continue;
    if (typeof value === 'number' || value === null) return value;
    if (typeof value === 'object' && value) return Object.values(value).find((inner) => typeof inner === 'number');
  }
  return undefined;
}

/** New Relic through NerdGraph (POST /graphql, API-Key): NRQL with TIMESERIES 1 day over the window. */
export class NewRelicClient implements SourceClient {
  private readonly http: SourceHttp;
  private readonly label: string;
  private readonly headers: Record<string, string>;

  constructor(
    private readonly baseUrl: string,
    private readonly accountId: string,
    credentials: Credentials,
    options: SourceHttpOptions,
  ) {
    this.label = `New Relic at ${baseUrl}`;
    this.headers = { 'API-Key': credentials.apiKey ?? '' };
    this.http = new SourceHttp(
      this.label,
      options,
      [credentials.apiKey].filter((s): s is string => !!s),
    );
  }

  async check(): Promise<void> {
    const answer = await this.graphql(`query($id: Int!) { actor { user { id } account(id: $id) { id } } }`, { id: Number(this.accountId) });
    if (!answer.data?.actor?.account) {
      throw this.http.error('accountId', `${this.label}: the user key cannot read account ${this.accountId}: check the account id.`);
    }
  }

  async daily(query: string, window: DailyWindow): Promise<Array<{ at: Date; value: number }>> {
    if (CLAUSES_ADDED.test(query)) {
      throw this.http.error(
        'query',
        'Leave SINCE, UNTIL, TIMESERIES and FACET out of the NRQL: Throughline adds the window and daily buckets, and a metric is one series.',
      );
    }
    const nrql = `${query} SINCE ${window.from.getTime()} UNTIL ${window.to.getTime() + DAY_MS} TIMESERIES 1 day`;
    const answer = await this.graphql(
      `query($id: Int!, $nrql: Nrql!) { actor { account(id: $id) { nrql(query: $nrql, timeout: 60) { results } } } }`,
      { id: Number(this.accountId), nrql },
    );
    const results = answer.data?.actor?.account?.nrql?.results ?? [];
    return finitePoints(results.map((row) => [Number(row.beginTimeSeconds) * 1000, valueOf(row)]));
  }

  private async graphql(query: string, variables: Record<string, unknown>): Promise<NerdGraphAnswer> {
    const answer = await this.http.call({
      method: 'POST',
      url: `${this.baseUrl}/graphql`,
      headers: this.headers,
      body: { query, variables },
    });
    return this.judge(answer);
  }

  private judge({ status, body, text }: SourceAnswer): NerdGraphAnswer {
    const answer = body as NerdGraphAnswer | undefined;
    const errors = answer?.errors ?? [];
    const words = errors.length ? errors.map((error) => error.message ?? 'error').join('; ') : snippet(text);
    if (status === 401 || status === 403 || errors.some((error) => /api[- ]?key|unauthori[sz]ed|authenticat/i.test(error.message ?? ''))) {
      throw this.http.error('apiKey', `${this.label} refused the user key (${words}).`);
    }
    if (status >= 300 || answer === undefined)
      throw this.http.error('baseUrl', `${this.label} did not answer as NerdGraph does (HTTP ${status}: ${words}).`);
    const nrqlError = errors.find((error) => error.path?.includes('nrql'));
    if (nrqlError) throw this.http.error('query', `${this.label} rejected the NRQL: ${nrqlError.message}.`);
    const accountError = errors.find((error) => error.path?.includes('account'));
    if (accountError) throw this.http.error('accountId', `${this.label}: account ${this.accountId}: ${accountError.message}.`);
    if (errors.length) throw this.http.error('unavailable', `${this.label} answered with errors: ${words}.`);
    return answer;
  }
}
