import { IncomingMessage } from 'node:http';
import { FakeApiServer, FakeReply } from '../fake-saas-server';

const DAY = 86_400_000;

interface GraphQLBody {
  query?: string;
  variables?: { id?: number; nrql?: string };
}

/**
 * New Relic's NerdGraph on loopback, from its published API: POST /graphql with an API-Key
 * header. A bad key is a GraphQL error; `actor { user account(id) }` answers the account only
 * for `accountId`; `account(id) { nrql(query) { results } }` runs a NRQL subset:
 * "SELECT average(<attribute>) FROM <EventType> SINCE <ms> UNTIL <ms> TIMESERIES 1 day", one result
 * row per day { beginTimeSeconds, endTimeSeconds, "average.<attribute>": value }. A NRQL it cannot
 * parse is a GraphQL error on the nrql path, as NerdGraph reports it; 429 with Retry-After on demand.
 */
export class FakeNewRelic extends FakeApiServer {
  readonly userKey = 'NRAK-FAKE0123456789ABCDEFGHIJ';
  readonly accountId = '1234567';
  readonly events = new Map<string, (dayStartMs: number) => number | null>();

  static async start(): Promise<FakeNewRelic> {
    const fake = new FakeNewRelic();
    await fake.listen();
    return fake;
  }

  protected answer(method: string, path: string, headers: IncomingMessage['headers'], raw: unknown): FakeReply {
    if (method !== 'POST' || path !== '/graphql') return { status: 404, body: { errors: [{ message: 'Not Found' }] } };
    if (headers['api-key'] !== this.userKey) {
      return {
        status: 200,
        body: { data: { actor: null }, errors: [{ message: 'Invalid API key', extensions: { errorClass: 'UNAUTHORIZED' } }] },
      };
    }
    const body = raw as GraphQLBody;
    const query = body?.query ?? '';
    const known = String(body?.variables?.id) === this.accountId;
    if (!query.includes('nrql')) {
      return { status: 200, body: { data: { actor: { user: { id: 42 }, account: known ? { id: Number(this.accountId) } : null } } } };
    }
    if (!known) {
      return {
        status: 200,
        body: {
          data: { actor: { account: null } },
          errors: [{ message: 'Account not found or not authorized', path: ['actor', 'account'] }],
        },
      };
    }
    return this.nrql(body.variables?.nrql ?? '');
  }

  private nrql(nrql: string): FakeReply {
    const parsed = /^SELECT average\((\w+)\) FROM (\w+) SINCE (\d+) UNTIL (\d+) TIMESERIES 1 day$/i.exec(nrql.trim());
    if (!parsed) {
      return {
        status: 200,
        body: {
          data: { actor: { account: { nrql: null } } },
          errors: [
            {
              message: `NRQL Syntax Error: Error at line 1 position 8, unexpected '${nrql.split(' ')[1] ?? ''}'`,
              path: ['actor', 'account', 'nrql'],
            },
          ],
        },
      };
    }
    const [, attribute, eventType, since, until] = parsed;
    const series = this.events.get(eventType);
    const results: Array<Record<string, unknown>> = [];
    for (let at = Number(since); at < Number(until); at += DAY) {
      results.push({
        beginTimeSeconds: at / 1000,
        endTimeSeconds: (at + DAY) / 1000,
        [`average.${attribute}`]: series ? series(at) : null,
      });
    }
    return { status: 200, body: { data: { actor: { account: { nrql: { results } } } } } };
  }
}
