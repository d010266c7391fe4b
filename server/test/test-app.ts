import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import { AddressInfo } from 'node:net';
import { Role } from '@throughline/shared';
import { DataSource } from 'typeorm';
import { createApp } from '../src/bootstrap';
import { loadConfig } from '../src/config/config';
import { SessionService } from '../src/session/session.service';
import { UserEntity } from '../src/user/user.entity';
import { UserService } from '../src/user/user.service';
import { testLogs } from './log-sink';
import { createTestDatabase } from './test-database';

/**
 * A value of an answer as tests read it: by its shape, checked by the assertions rather than the
 * compiler. A test that wants the compiler's help names a type (`sut.ok<{ teams: Team[] }>(…)`).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the one deliberate escape hatch, for tests
export type AnswerValue = any;
export type AnswerData = Record<string, AnswerValue>;

export interface GraphQLResponse<T = AnswerData> {
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string; field?: string; [key: string]: unknown } }>;
}

/** Requests made as one caller: a signed-in user of some role, or nobody. */
export interface Client {
  /** POSTs a GraphQL operation over real HTTP. */
  gql<T = AnswerData>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** Like gql, but fails the test on any error and returns `data`. */
  ok<T = AnswerData>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /**
   * Any other request (REST) to `path`; a signed-in client adds its session cookie and the header
   * that session-cookie writes need (X-Requested-With), the anonymous one adds nothing.
   */
  fetch(path: string, init?: RequestInit): Promise<Response>;
}

/** The running app; used directly, it calls as a signed-in ADMIN (every existing test does). */
export interface TestApp extends Client {
  app: INestApplication;
  baseUrl: string;
  dataSource: DataSource;
  /** Calls as a signed-in user with `role` (one account per role, made on first use). */
  as(role: Role): Client;
  /** Calls with no credentials at all. */
  readonly anonymous: Client;
  /** The account behind `as(role)` (and behind the default ADMIN). */
  userOf(role: Role): Promise<UserEntity>;
  close(): Promise<void>;
}

/** The whole app on a fresh migrated database, listening on a free port. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  // No Jira queue workers unless a test asks for them: they poll Postgres in the background.
  // Log lines go to a sink that tests may read (log-sink.ts), unless a developer asks for them
  // on the terminal (LOG_LEVEL=debug npx jest …).
  const toTerminal = Boolean(process.env.LOG_LEVEL);
  const config = {
    ...loadConfig({
      LOG_LEVEL: 'warn',
      ...process.env,
      JIRA_SYNC_WORKERS: '0',
      METRIC_PULL_WORKERS: '0',
      METRIC_PULL_TICK_SECONDS: '0',
      ...env,
    }),
    seedDemoData: false,
  };
  const app = await createApp(config, database.url, toTerminal ? undefined : testLogs);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const signedIn = new Map<Role, Promise<{ user: UserEntity; cookie: string }>>();

  // One account per role, with a session made by the session service (no password hashing per test).
  function account(role: Role) {
    let made = signedIn.get(role);
    if (!made) {
      made = (async () => {
        const user = await app.get(UserService).create({ email: `${role.toLowerCase()}@test.example`, name: `Test ${role}`, role });
        const { secret } = await app.get(SessionService).start(user.id);
        return { user, cookie: `tl_session=${secret}` };
      })();
      signedIn.set(role, made);
    }
    return made;
  }

  const client = (cookie: () => Promise<string | undefined>): Client => {
    async function request(path: string, init: RequestInit = {}): Promise<Response> {
      const headers = new Headers(init.headers);
      const value = await cookie();
      if (value && !headers.has('cookie')) headers.set('cookie', value);
      if (value && !headers.has('x-requested-with')) headers.set('x-requested-with', 'XMLHttpRequest');
      return fetch(`${baseUrl}${path}`, { ...init, headers });
    }
    async function gql<T>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
      const response = await request('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<T>;
    }
    return {
      gql,
      async ok<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
        const result = await gql<T>(query, variables);
        if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
        return result.data as T;
      },
      fetch: request,
    };
  };
  const as = (role: Role) => client(async () => (await account(role)).cookie);
  const admin = as(Role.ADMIN);

  return {
    ...admin,
    app,
    baseUrl,
    dataSource: app.get(DataSource),
    as,
    anonymous: client(async () => undefined),
    userOf: async (role) => (await account(role)).user,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

/**
 * The app of one spec file: started before its tests (beforeAll), closed after them (afterAll).
 * Call it at the top of a describe; the object it returns forwards to the running app.
 */
export function useTestApp(env: Record<string, string> = {}): TestApp {
  let started: TestApp | undefined;
  beforeAll(async () => {
    started = await startTestApp(env);
  });
  afterAll(() => started?.close());
  const current = (): TestApp => {
    if (!started) throw new Error('The test app is not running: use it inside a test or a hook, not while declaring them');
    return started;
  };
  return {
    get app() {
      return current().app;
    },
    get baseUrl() {
      return current().baseUrl;
    },
    get dataSource() {
      return current().dataSource;
    },
    gql: <T>(query: string, variables?: Record<string, unknown>) => current().gql<T>(query, variables),
    ok: <T>(query: string, variables?: Record<string, unknown>) => current().ok<T>(query, variables),
    fetch: (path: string, init?: RequestInit) => current().fetch(path, init),
    as: (role: Role) => current().as(role),
    get anonymous() {
      return current().anonymous;
    },
    userOf: (role: Role) => current().userOf(role),
    close: () => current().close(),
  };
}
