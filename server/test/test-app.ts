import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { createApp } from '../src/bootstrap';
import { loadConfig } from '../src/config/config';
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

export interface TestApp {
  app: INestApplication;
  baseUrl: string;
  dataSource: DataSource;
  /** POSTs a GraphQL operation over real HTTP. */
  gql<T = AnswerData>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** Like gql, but fails the test on any error and returns `data`. */
  ok<T = AnswerData>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

/** The whole app on a fresh migrated database, listening on a free port. */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  // No Jira queue workers unless a test asks for them: they poll Postgres in the background.
  const config = { ...loadConfig({ ...process.env, JIRA_SYNC_WORKERS: '0', ...env }), seedDemoData: false };
  const app = await createApp(config, database.url);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;

  async function gql<T>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  }

  return {
    app,
    baseUrl,
    dataSource: app.get(DataSource),
    gql,
    async ok<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
      const result = await gql<T>(query, variables);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
      return result.data as T;
    },
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
    close: () => current().close(),
  };
}
