import { MetricSourceKind } from '../metric-source.enums';
import { Credentials } from '../source/credentials';
import { DatadogClient } from './datadog-client';
import { NewRelicClient } from './new-relic-client';
import { PrometheusClient } from './prometheus-client';
import { SourceClient } from './source-client';
import { SourceHttpOptions } from './source-http';

/** What a client needs of a source: where, which account, and the credentials in the clear. */
export interface SourceSettings {
  kind: MetricSourceKind;
  baseUrl: string;
  accountId: string | null;
  credentials: Credentials;
}

export function clientFor(settings: SourceSettings, options: SourceHttpOptions): SourceClient {
  switch (settings.kind) {
    case MetricSourceKind.PROMETHEUS:
      return new PrometheusClient(settings.baseUrl, settings.credentials, options);
    case MetricSourceKind.DATADOG:
      return new DatadogClient(settings.baseUrl, settings.credentials, options);
    case MetricSourceKind.NEW_RELIC:
      return new NewRelicClient(settings.baseUrl, settings.accountId ?? '', settings.credentials, options);
  }
}
