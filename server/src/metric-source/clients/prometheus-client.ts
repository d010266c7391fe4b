import { Credentials } from '../source/credentials';
import { DAY_MS, DailyWindow, finitePoints, SourceClient } from './source-client';
import { SourceAnswer, SourceHttp, SourceHttpOptions, snippet } from './source-http';

interface PrometheusAnswer {
  status?: string;
  errorType?: string;
  error?: string;
  data?: { resultType?: string; result?: Array<{ metric?: Record<string, string>; values?: Array<[number, string]> }> };
}

/** Prometheus and its compatibles (Thanos, Mimir, VictoriaMetrics): the HTTP API under /api/v1. */
export class PrometheusClient implements SourceClient {
  private readonly http: SourceHttp;
  private readonly headers: Record<string, string>;
  private readonly label: string;

  constructor(
    private readonly baseUrl: string,
    private readonly credentials: Credentials,
    options: SourceHttpOptions,
  ) {
    this.label = `Prometheus at ${baseUrl}`;
    const basic = credentials.username ? Buffer.from(`${credentials.username}:${credentials.password ?? ''}`).toString('base64') : null;
    this.headers = basic
      ? { Authorization: `Basic ${basic}` }
      : credentials.apiKey
        ? { Authorization: `Bearer ${credentials.apiKey}` }
        : {};
    const secrets = [credentials.apiKey, credentials.password, basic].filter((s): s is string => !!s);
    this.http = new SourceHttp(this.label, options, secrets);
  }

  async check(): Promise<void> {
    await this.get('/api/v1/query', new URLSearchParams({ query: '1' }));
  }

  async daily(query: string, window: DailyWindow): Promise<Array<{ at: Date; value: number }>> {
    const params = new URLSearchParams({
      query,
      start: String(window.from.getTime() / 1000),
      end: String(window.to.getTime() / 1000),
      step: String(DAY_MS / 1000),
    });
    const answer = await this.get('/api/v1/query_range', params);
    const result = answer.data?.result ?? [];
    if (answer.data?.resultType !== 'matrix') {
      throw this.http.error('query', `The query gives a ${answer.data?.resultType ?? 'non-series'} result, not a time series.`);
    }
    if (result.length > 1) {
      const labels = result.slice(0, 3).map((series) => JSON.stringify(series.metric ?? {}));
      throw this.http.error(
        'query',
        `The query returns ${result.length} series (${labels.join(', ')}${result.length > 3 ? ', …' : ''}): aggregate them into one, e.g. sum(…) or avg(…).`,
      );
    }
    return finitePoints((result[0]?.values ?? []).map(([seconds, value]) => [seconds * 1000, value]));
  }

  private async get(path: string, params: URLSearchParams): Promise<PrometheusAnswer> {
    const answer = await this.http.call({ method: 'GET', url: `${this.baseUrl}${path}?${params}`, headers: this.headers });
    return this.judge(answer);
  }

  private judge({ status, body, text }: SourceAnswer): PrometheusAnswer {
    const answer = body as PrometheusAnswer | undefined;
    if (status === 401 || status === 403) {
      const fault = this.credentials.username ? 'password' : 'apiKey';
      const what = this.credentials.username
        ? 'the user name and password'
        : this.credentials.apiKey
          ? 'the bearer token'
          : 'no credentials: it needs a bearer token or a user name and password';
      throw this.http.error(fault, `${this.label} refused ${what} (HTTP ${status}).`);
    }
    if (answer?.status === 'error' && (status === 400 || status === 422)) {
      throw this.http.error('query', `${this.label} rejected the query: ${answer.error ?? answer.errorType ?? snippet(text)}.`);
    }
    if (status === 404) {
      throw this.http.error(
        'baseUrl',
        `${this.label} has no Prometheus API at /api/v1 (HTTP 404): give the server's base URL, e.g. http://prometheus:9090.`,
      );
    }
    if (status >= 300 || answer?.status !== 'success') {
      throw this.http.error('baseUrl', `${this.label} did not answer as the Prometheus API does (HTTP ${status}: ${snippet(text)}).`);
    }
    return answer;
  }
}
