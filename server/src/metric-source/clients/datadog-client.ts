import { Credentials } from '../source/credentials';
import { DAY_MS, DailyWindow, finitePoints, SourceClient } from './source-client';
import { SourceAnswer, SourceHttp, SourceHttpOptions, snippet } from './source-http';

/** Datadog's API addresses by site (the contract's baseUrl); any other https address is taken as given. */
export const DATADOG_SITES: Record<string, string> = {
  US1: 'https://api.datadoghq.com',
  US3: 'https://api.us3.datadoghq.com',
  US5: 'https://api.us5.datadoghq.com',
  EU: 'https://api.datadoghq.eu',
  AP1: 'https://api.ap1.datadoghq.com',
  AP2: 'https://api.ap2.datadoghq.com',
  US1_FED: 'https://api.ddog-gov.com',
};

// A cheap query every organisation answers, to check the application key on save.
const CHECK_QUERY = 'avg:datadog.estimated_usage.hosts{*}';

interface TimeseriesAnswer {
  errors?: string[];
  data?: { attributes?: { times?: number[]; values?: Array<Array<number | null>>; series?: Array<{ group_tags?: string[] }> } };
}

/**
 * Datadog's metrics through the timeseries query API (POST /api/v2/query/timeseries) with a
 * one-day interval; the keys go in DD-API-KEY and DD-APPLICATION-KEY.
 */
export class DatadogClient implements SourceClient {
  private readonly http: SourceHttp;
  private readonly headers: Record<string, string>;
  private readonly label: string;

  constructor(
    private readonly baseUrl: string,
    credentials: Credentials,
    options: SourceHttpOptions,
  ) {
    this.label = `Datadog at ${baseUrl}`;
    this.headers = { 'DD-API-KEY': credentials.apiKey ?? '', 'DD-APPLICATION-KEY': credentials.appKey ?? '' };
    this.http = new SourceHttp(
      this.label,
      options,
      [credentials.apiKey, credentials.appKey].filter((s): s is string => !!s),
    );
  }

  async check(): Promise<void> {
    const { status, body, text } = await this.http.call({ method: 'GET', url: `${this.baseUrl}/api/v1/validate`, headers: this.headers });
    if (status === 403 || status === 401) throw this.http.error('apiKey', `${this.label} refused the API key (HTTP ${status}).`);
    if (status === 404 || (body as { valid?: boolean } | undefined)?.valid !== true) {
      throw this.http.error(
        'baseUrl',
        `${this.label} is not a Datadog API address (HTTP ${status}: ${snippet(text)}); e.g. https://api.datadoghq.eu.`,
      );
    }
    const now = Date.now();
    await this.timeseries(CHECK_QUERY, now - 3_600_000, now, 3_600_000, true);
  }

  async daily(query: string, window: DailyWindow): Promise<Array<{ at: Date; value: number }>> {
    const attributes = await this.timeseries(query, window.from.getTime(), window.to.getTime() + DAY_MS, DAY_MS, false);
    const series = attributes.values ?? [];
    if (series.length > 1) {
      const groups = (attributes.series ?? []).slice(0, 3).map((s) => (s.group_tags ?? []).join(','));
      throw this.http.error(
        'query',
        `The query returns ${series.length} series (${groups.join('; ')}): remove its "by {…}" or aggregate it into one.`,
      );
    }
    const times = attributes.times ?? [];
    return finitePoints(times.map((ms, index) => [ms, series[0]?.[index]]));
  }

  private async timeseries(query: string, from: number, to: number, interval: number, checking: boolean) {
    const answer = await this.http.call({
      method: 'POST',
      url: `${this.baseUrl}/api/v2/query/timeseries`,
      headers: this.headers,
      body: {
        data: {
          type: 'timeseries_request',
          attributes: { from, to, interval, queries: [{ data_source: 'metrics', query, name: 'a' }], formulas: [{ formula: 'a' }] },
        },
      },
    });
    return this.judge(answer, checking);
  }

  private judge({ status, body, text }: SourceAnswer, checking: boolean): NonNullable<NonNullable<TimeseriesAnswer['data']>['attributes']> {
    const answer = body as TimeseriesAnswer | undefined;
    const words = answer?.errors?.length ? answer.errors.join('; ') : snippet(text);
    if (status === 401 || status === 403) {
      throw this.http.error(
        'appKey',
        `${this.label} refused the application key (HTTP ${status}: ${words}); it needs the timeseries_query permission.`,
      );
    }
    if (status === 400 || status === 422) {
      if (checking) return {};
      throw this.http.error('query', `${this.label} rejected the query: ${words}.`);
    }
    if (status >= 300 || !answer?.data)
      throw this.http.error('baseUrl', `${this.label} did not answer as the Datadog API does (HTTP ${status}: ${words}).`);
    return answer.data.attributes ?? {};
  }
}
