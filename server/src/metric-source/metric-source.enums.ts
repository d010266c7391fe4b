import { registerEnumType } from '@nestjs/graphql';

export enum MetricSourceKind {
  PROMETHEUS = 'PROMETHEUS',
  DATADOG = 'DATADOG',
  NEW_RELIC = 'NEW_RELIC',
}

export enum PullRunStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}

registerEnumType(MetricSourceKind, {
  name: 'MetricSourceKind',
  description:
    'The monitoring system a metric source is: Prometheus (and compatibles: Thanos, Mimir, VictoriaMetrics), Datadog, New Relic.',
});
registerEnumType(PullRunStatus, {
  name: 'PullRunStatus',
  description: 'Where a pull is: waiting in the queue, reading the source, or finished either way.',
});
