// The real Prometheus of the metric-source tests lives with the benchmark that also uses it.
export { hasPrometheus, LocalPrometheus as PrometheusServer } from '../src/bench/local-prometheus';
export type { KnownSeries, PrometheusServerOptions } from '../src/bench/local-prometheus';
