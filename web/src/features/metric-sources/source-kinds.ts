import type { MetricSourceKind } from '../../gql/graphql';

/** What each kind of source asks for, in its own words. */
export interface KindForm {
  label: string;
  baseUrlHint: string;
  /** Suggested addresses (Datadog sites, New Relic regions). */
  presets: ReadonlyArray<{ label: string; url: string }>;
  apiKeyLabel: string | null;
  appKey: boolean;
  basicAuth: boolean;
  accountId: boolean;
  queryHint: string;
}

export const KINDS: Record<MetricSourceKind, KindForm> = {
  PROMETHEUS: {
    label: 'Prometheus',
    baseUrlHint: 'The server’s URL, e.g. http://prometheus:9090 (Thanos, Mimir and VictoriaMetrics too).',
    presets: [],
    apiKeyLabel: 'Bearer token (optional)',
    appKey: false,
    basicAuth: true,
    accountId: false,
    queryHint: 'PromQL with one series, evaluated at 00:00 UTC each day, e.g. avg_over_time(checkout_p99_ms[1d]).',
  },
  DATADOG: {
    label: 'Datadog',
    baseUrlHint: 'Your site’s API address.',
    presets: [
      { label: 'US1', url: 'https://api.datadoghq.com' },
      { label: 'US3', url: 'https://api.us3.datadoghq.com' },
      { label: 'US5', url: 'https://api.us5.datadoghq.com' },
      { label: 'EU', url: 'https://api.datadoghq.eu' },
      { label: 'AP1', url: 'https://api.ap1.datadoghq.com' },
    ],
    apiKeyLabel: 'API key',
    appKey: true,
    basicAuth: false,
    accountId: false,
    queryHint: 'A metrics query with one series, e.g. avg:checkout.latency.p99{env:prod}.',
  },
  NEW_RELIC: {
    label: 'New Relic',
    baseUrlHint: 'The NerdGraph region of your account.',
    presets: [
      { label: 'US', url: 'https://api.newrelic.com' },
      { label: 'EU', url: 'https://api.eu.newrelic.com' },
    ],
    apiKeyLabel: 'User key (NRAK-…)',
    appKey: false,
    basicAuth: false,
    accountId: true,
    queryHint: 'NRQL without SINCE, UNTIL, TIMESERIES or FACET, e.g. SELECT percentile(duration, 99) FROM Transaction.',
  },
};

export const KIND_OPTIONS = (Object.keys(KINDS) as MetricSourceKind[]).map((kind) => ({ value: kind, label: KINDS[kind].label }));
