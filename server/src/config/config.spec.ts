import { loadConfig, parseSecretKey } from './config';

const KEY = Buffer.alloc(32, 7).toString('base64');

describe('loadConfig', () => {
  it('gives the defaults on an empty environment', () => {
    const sut = loadConfig({});
    expect(sut).toMatchObject({
      databaseUrl: undefined,
      port: 3000,
      fiscalYearStartMonth: 1,
      seedDemoData: true,
      nodeEnv: undefined,
      writeSchemaFile: true,
      jiraSyncWorkers: 2,
      metricPullWorkers: 4,
      jiraSyncTickSeconds: 30,
      secretKey: undefined,
      graphqlIntrospection: true,
      allowPrivateNetworkTargets: false,
      logLevel: 'info',
      metricsPort: null,
    });
  });

  it('reads every setting it is given', () => {
    const sut = loadConfig({
      DATABASE_URL: 'postgres://db/x',
      PORT: '8080',
      FISCAL_YEAR_START_MONTH: '2',
      THROUGHLINE_DATA_DIR: '/tmp/tl-data',
      SEED_DEMO_DATA: 'false',
      WEB_DIST_DIR: '/tmp/tl-web',
      NODE_ENV: 'production',
      JIRA_SYNC_WORKERS: '0',
      JIRA_SYNC_TICK_SECONDS: '0',
      THROUGHLINE_SECRET_KEY: KEY,
      SESSION_IDLE_DAYS: '3',
      SESSION_MAX_DAYS: '14',
      TRUST_PROXY: '1',
      THROUGHLINE_ADMIN_EMAIL: 'admin@example.com',
      THROUGHLINE_ADMIN_PASSWORD: 'correct horse battery',
      GRAPHQL_INTROSPECTION: 'true',
      ALLOW_PRIVATE_NETWORK_TARGETS: 'true',
      LOG_LEVEL: 'debug',
      METRICS_PORT: '9464',
      METRIC_PULL_WORKERS: '3',
      METRIC_PULL_TICK_SECONDS: '30',
      CHECKIN_STALE_DAYS: '10',
    });
    expect(sut).toEqual({
      databaseUrl: 'postgres://db/x',
      port: 8080,
      fiscalYearStartMonth: 2,
      dataDir: '/tmp/tl-data',
      seedDemoData: false,
      webDistDir: '/tmp/tl-web',
      nodeEnv: 'production',
      writeSchemaFile: false,
      jiraSyncWorkers: 0,
      jiraSyncTickSeconds: 0,
      secretKey: KEY,
      sessionIdleDays: 3,
      sessionMaxDays: 14,
      trustProxy: 1,
      adminAccount: { email: 'admin@example.com', password: 'correct horse battery' },
      graphqlIntrospection: true,
      allowPrivateNetworkTargets: true,
      oidc: null,
      logLevel: 'debug',
      metricsPort: 9464,
      metricPullWorkers: 3,
      metricPullTickSeconds: 30,
      checkInStaleDays: 10,
      tracing: null,
    });
  });

  it.each([
    ['PORT', 'http'],
    ['PORT', '70000'],
    ['FISCAL_YEAR_START_MONTH', '13'],
    ['FISCAL_YEAR_START_MONTH', '1.5'],
    ['JIRA_SYNC_WORKERS', '-1'],
    ['JIRA_SYNC_WORKERS', '17'],
    ['JIRA_SYNC_TICK_SECONDS', 'abc'],
    ['JIRA_SYNC_TICK_SECONDS', '86401'],
    ['METRIC_PULL_WORKERS', '17'],
    ['METRIC_PULL_TICK_SECONDS', 'soon'],
    ['CHECKIN_STALE_DAYS', '0'],
    ['SEED_DEMO_DATA', 'no'],
    ['THROUGHLINE_SECRET_KEY', 'too-short'],
    ['SESSION_IDLE_DAYS', '0'],
    ['SESSION_MAX_DAYS', '3651'],
    ['TRUST_PROXY', 'yes please'],
    ['THROUGHLINE_ADMIN_EMAIL', 'admin@example.com'],
    ['THROUGHLINE_ADMIN_PASSWORD', 'a long enough password'],
    ['GRAPHQL_INTROSPECTION', 'yes'],
    ['ALLOW_PRIVATE_NETWORK_TARGETS', '1'],
    ['LOG_LEVEL', 'abc'],
    ['METRICS_PORT', 'abc'],
    ['METRICS_PORT', '70000'],
  ])('refuses %s=%s, naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(name);
  });

  it('turns introspection off in production unless GRAPHQL_INTROSPECTION=true', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).graphqlIntrospection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }).graphqlIntrospection).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development', GRAPHQL_INTROSPECTION: 'false' }).graphqlIntrospection).toBe(false);
  });

  it('treats an empty value as unset', () => {
    expect(loadConfig({ PORT: '', JIRA_SYNC_TICK_SECONDS: '', THROUGHLINE_SECRET_KEY: '' })).toMatchObject({
      port: 3000,
      jiraSyncTickSeconds: 30,
      secretKey: undefined,
    });
  });
});

describe('parseSecretKey', () => {
  it('accepts 32 bytes as base64 or hex', () => {
    expect(parseSecretKey(KEY)).toEqual(Buffer.alloc(32, 7));
    expect(parseSecretKey('07'.repeat(32))).toEqual(Buffer.alloc(32, 7));
  });

  it('refuses any other length', () => {
    expect(parseSecretKey(Buffer.alloc(16).toString('base64'))).toBeNull();
  });
});

describe('access settings', () => {
  it('default to 7 idle and 30 days in all, no proxy, no configured admin', () => {
    expect(loadConfig({})).toMatchObject({ sessionIdleDays: 7, sessionMaxDays: 30, trustProxy: false, adminAccount: null });
  });

  it('refuse an idle expiry longer than the absolute one', () => {
    expect(() => loadConfig({ SESSION_IDLE_DAYS: '10', SESSION_MAX_DAYS: '5' })).toThrow('SESSION_IDLE_DAYS');
  });

  it.each([
    ['true', true],
    ['2', 2],
    ['loopback, 10.0.0.0/8', ['loopback', '10.0.0.0/8']],
  ])('take TRUST_PROXY=%s as Express does', (raw, expected) => {
    expect(loadConfig({ TRUST_PROXY: raw }).trustProxy).toEqual(expected);
  });

  it('refuse an admin password outside 12..256 characters, naming the variable', () => {
    const env = { THROUGHLINE_ADMIN_EMAIL: 'admin@example.com', THROUGHLINE_ADMIN_PASSWORD: 'short' };
    expect(() => loadConfig(env)).toThrow('THROUGHLINE_ADMIN_PASSWORD');
    expect(() => loadConfig({ ...env, THROUGHLINE_ADMIN_EMAIL: 'not an address', THROUGHLINE_ADMIN_PASSWORD: 'x'.repeat(12) })).toThrow(
      'THROUGHLINE_ADMIN_EMAIL',
    );
  });
});
