import { assertFiscalStartMonth } from '@throughline/shared';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { AdminAccount, adminAccountFromEnv, TrustProxy, trustProxyFromEnv } from './access-settings';
import { OidcSettings, oidcSettingsFromEnv } from './oidc-settings';
import { TracingSettings, tracingSettingsFromEnv } from './tracing-settings';

export interface AppConfig {
  /** Unset: an embedded Postgres is started (see database/embedded-postgres.ts). */
  databaseUrl: string | undefined;
  port: number;
  fiscalYearStartMonth: number;
  /** Where the embedded Postgres keeps its data between restarts. */
  dataDir: string;
  /** Whether to load the demo data into an empty database at start-up. */
  seedDemoData: boolean;
  /** Where the built web app lives; served at `/`. */
  webDistDir: string;
  /** NODE_ENV as given (reported by the benchmark); `production` turns writeSchemaFile off. */
  nodeEnv: string | undefined;
  /** Whether to (re)write schema.gql at start-up: in development and tests. */
  writeSchemaFile: boolean;
  /** Jira syncs this process works on at once; 0 runs no queue worker here. */
  jiraSyncWorkers: number;
  /** How often the Jira scheduler ticks, in seconds; 0 turns it off in this process. */
  jiraSyncTickSeconds: number;
  /** Metric pulls (metric sources) this process works on at once; 0 runs no pull worker here. */
  metricPullWorkers: number;
  /** How often the metric pull scheduler ticks, in seconds; 0 turns it off in this process. */
  metricPullTickSeconds: number;
  /**
   * THROUGHLINE_SECRET_KEY as text, checked to be 32 bytes (base64 or hex) at start-up; unset: a
   * key generated once into `<dataDir>/secret.key`.
   */
  secretKey: string | undefined;
  /** Sessions end after this many days without a request (SESSION_IDLE_DAYS)... */
  sessionIdleDays: number;
  /** ...and this many days after sign-in in any case (SESSION_MAX_DAYS). */
  sessionMaxDays: number;
  /** Express's `trust proxy` (TRUST_PROXY): whose X-Forwarded-For/-Proto to believe. */
  trustProxy: TrustProxy;
  /** The ADMIN account created at start-up when no account has its email. */
  adminAccount: AdminAccount | null;
  /** Whether the schema answers introspection: on unless NODE_ENV=production (codegen needs it in development). */
  graphqlIntrospection: boolean;
  /** Whether outbound calls (Jira) may reach loopback, private, link-local or metadata addresses: an office Jira; tests. */
  allowPrivateNetworkTargets: boolean;
  /** Single sign-on with an OpenID Connect provider; null: off (OIDC_ISSUER_URL unset). */
  oidc: OidcSettings | null;
  /** The least severe log level written (LOG_LEVEL); `silent` writes none. */
  logLevel: LogLevel;
  /** Where Prometheus scrapes /metrics (METRICS_PORT), apart from the public port; null: no metrics served. */
  metricsPort: number | null;
  /** In-progress work with no check-in for more than this many days is stale (CHECKIN_STALE_DAYS). */
  checkInStaleDays: number;
  /** OpenTelemetry traces (OTEL_EXPORTER_OTLP_ENDPOINT…); null: off. Started by tracing/register-tracing.ts, read here to validate. */
  tracing: TracingSettings | null;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

function logLevelFromEnv(env: NodeJS.ProcessEnv): LogLevel {
  const raw = env.LOG_LEVEL;
  if (raw === undefined || raw === '') return 'info';
  const level = LOG_LEVELS.find((name) => name === raw.toLowerCase());
  if (!level) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  return level;
}

/** The workspace root, found from here whether running from source (tests) or from dist. */
function findRepoRoot(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = resolve(dir, 'package.json');
    if (existsSync(manifest) && 'workspaces' in JSON.parse(readFileSync(manifest, 'utf8'))) return dir;
  }
  return process.cwd();
}

export const REPO_ROOT = findRepoRoot(__dirname);
const SERVER_ROOT = resolve(REPO_ROOT, 'server');

function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function booleanFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === 'false') return raw === 'true';
  throw new Error(`${name} must be true or false, got "${raw}"`);
}

/** A 32-byte key written as base64 or 64 hex digits, e.g. `openssl rand -base64 32`. */
export function parseSecretKey(text: string): Buffer | null {
  const trimmed = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  return key.length === 32 ? key : null;
}

function secretKeyFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.THROUGHLINE_SECRET_KEY;
  if (raw === undefined || raw === '') return undefined;
  if (!parseSecretKey(raw)) {
    throw new Error('THROUGHLINE_SECRET_KEY must be 32 random bytes, base64 or hex (e.g. `openssl rand -base64 32`)');
  }
  return raw;
}

function sessionDaysFromEnv(env: NodeJS.ProcessEnv): { sessionIdleDays: number; sessionMaxDays: number } {
  const sessionMaxDays = intFromEnv(env, 'SESSION_MAX_DAYS', 30, 1, 3650);
  const sessionIdleDays = intFromEnv(env, 'SESSION_IDLE_DAYS', Math.min(7, sessionMaxDays), 1, sessionMaxDays);
  return { sessionIdleDays, sessionMaxDays };
}

/** Reads and validates the environment once; a bad value stops start-up with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const fiscalYearStartMonth = intFromEnv(env, 'FISCAL_YEAR_START_MONTH', 1, 1, 12);
  assertFiscalStartMonth(fiscalYearStartMonth);
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    port: intFromEnv(env, 'PORT', 3000, 0, 65535),
    fiscalYearStartMonth,
    dataDir: resolve(env.THROUGHLINE_DATA_DIR || resolve(REPO_ROOT, '.data')),
    seedDemoData: booleanFromEnv(env, 'SEED_DEMO_DATA', true),
    webDistDir: resolve(env.WEB_DIST_DIR || resolve(REPO_ROOT, 'web/dist')),
    nodeEnv: env.NODE_ENV || undefined,
    writeSchemaFile: env.NODE_ENV !== 'production',
    jiraSyncWorkers: intFromEnv(env, 'JIRA_SYNC_WORKERS', 2, 0, 16),
    jiraSyncTickSeconds: intFromEnv(env, 'JIRA_SYNC_TICK_SECONDS', 30, 0, 86_400),
    metricPullWorkers: intFromEnv(env, 'METRIC_PULL_WORKERS', 4, 0, 16),
    metricPullTickSeconds: intFromEnv(env, 'METRIC_PULL_TICK_SECONDS', 60, 0, 86_400),
    secretKey: secretKeyFromEnv(env),
    ...sessionDaysFromEnv(env),
    trustProxy: trustProxyFromEnv(env.TRUST_PROXY),
    adminAccount: adminAccountFromEnv(env),
    graphqlIntrospection: booleanFromEnv(env, 'GRAPHQL_INTROSPECTION', env.NODE_ENV !== 'production'),
    allowPrivateNetworkTargets: booleanFromEnv(env, 'ALLOW_PRIVATE_NETWORK_TARGETS', false),
    oidc: oidcSettingsFromEnv(env),
    logLevel: logLevelFromEnv(env),
    metricsPort: env.METRICS_PORT ? intFromEnv(env, 'METRICS_PORT', 0, 0, 65535) : null,
    checkInStaleDays: intFromEnv(env, 'CHECKIN_STALE_DAYS', 14, 1, 3650),
    tracing: tracingSettingsFromEnv(env),
  };
}

export const SCHEMA_FILE = resolve(SERVER_ROOT, 'schema.gql');
export const CONFIG = Symbol('AppConfig');
