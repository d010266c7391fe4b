import { IncomingMessage } from 'node:http';
import { FakeApiServer, FakeReply } from '../fake-saas-server';

const DAY = 86_400_000;

/** A metric the fake knows: its daily value at each day's start (ms since the epoch), by group. */
export type DailySeries = (dayStartMs: number) => number | null;

interface TimeseriesBody {
  data?: {
    type?: string;
    attributes?: { from?: number; to?: number; interval?: number; queries?: Array<{ query?: string; data_source?: string }> };
  };
}

/**
 * Datadog's metrics API on loopback, from its published reference: GET /api/v1/validate with
 * DD-API-KEY ({"valid": true} or 403 {"errors": ["Forbidden"]}), POST /api/v2/query/timeseries
 * with DD-API-KEY and DD-APPLICATION-KEY (a timeseries_response of times and values, one series
 * per group; 400 {"errors": […]} for a query it cannot parse), and 429 with the X-RateLimit-*
 * headers when `faults` says so. Queries are "avg:<metric>{*}" or "avg:<metric>{*} by {<tag>}".
 */
export class FakeDatadog extends FakeApiServer {
  readonly apiKey = 'dd-api-key-0123456789abcdef';
  readonly appKey = 'dd-app-key-fedcba9876543210';
  readonly metrics = new Map<string, { groups: string[]; value: DailySeries }>();

  static async start(): Promise<FakeDatadog> {
    const fake = new FakeDatadog();
    fake.metrics.set('datadog.estimated_usage.hosts', { groups: [], value: () => 3 });
    await fake.listen();
    return fake;
  }

  /** A 429 as Datadog sends it, asking to wait `resetSeconds`. */
  rateLimited(resetSeconds: number): FakeReply {
    return {
      status: 429,
      body: { errors: ['Rate limit of 1600 requests in 3600 seconds reached. Please try again later.'] },
      headers: {
        'X-RateLimit-Limit': '1600',
        'X-RateLimit-Period': '3600',
        'X-RateLimit-Remaining': '0',
        'X-RateLimit-Reset': String(resetSeconds),
        'X-RateLimit-Name': 'query_timeseries',
      },
    };
  }

  protected answer(method: string, path: string, headers: IncomingMessage['headers'], body: unknown): FakeReply {
    if (headers['dd-api-key'] !== this.apiKey) return { status: 403, body: { errors: ['Forbidden'] } };
    if (method === 'GET' && path === '/api/v1/validate') return { status: 200, body: { valid: true } };
    if (method === 'POST' && path === '/api/v2/query/timeseries') {
      if (headers['dd-application-key'] !== this.appKey) return { status: 403, body: { errors: ['Forbidden'] } };
      return this.timeseries(body as TimeseriesBody);
    }
    return { status: 404, body: { errors: ['Not found'] } };
  }

  private timeseries(body: TimeseriesBody): FakeReply {
    const attributes = body?.data?.attributes;
    const query = attributes?.queries?.[0]?.query ?? '';
    if (body?.data?.type !== 'timeseries_request' || !attributes?.from || !attributes.to) {
      return { status: 400, body: { errors: ['Invalid request: data.type must be timeseries_request with from and to'] } };
    }
    const parsed = /^avg:([\w.]+)\{\*\}(?: by \{(\w+)\})?$/.exec(query);
    if (!parsed)
      return { status: 400, body: { errors: [`Error parsing query: \n unable to parse ${query}: Rule 'scope_expr' didn't match`] } };
    const metric = this.metrics.get(parsed[1]);
    const interval = attributes.interval ?? DAY;
    const times: number[] = [];
    for (let at = Math.ceil(attributes.from / interval) * interval; at < attributes.to; at += interval) times.push(at);
    const groups = metric ? (parsed[2] ? metric.groups : ['']) : [];
    return {
      status: 200,
      body: {
        data: {
          type: 'timeseries_response',
          id: '0',
          attributes: {
            series: groups.map((group) => ({ group_tags: group ? [`${parsed[2]}:${group}`] : [], query_index: 0, unit: null })),
            times,
            values: groups.map(() => times.map((at) => metric!.value(at))),
          },
        },
      },
    };
  }
}
