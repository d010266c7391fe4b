import { Inject, Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, CounterConfiguration, Gauge, GaugeConfiguration, Histogram, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { AppConfig, CONFIG } from '../config/config';

const PREFIX = 'throughline_';
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** Operation names come from callers: past this many, new ones share one label value. */
const MAX_OPERATION_NAMES = 200;

/** What the pool of node-postgres under TypeORM tells about itself. */
interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * The app's Prometheus metrics, in a registry of its own (served by MetricsServer on
 * METRICS_PORT): request durations, GraphQL errors, the database pool, process metrics; features
 * add theirs with counter() and gauge() (the Jira sync queue does).
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  readonly httpDuration = new Histogram({
    name: `${PREFIX}http_request_duration_seconds`,
    help: 'HTTP requests by method, route and status code',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });
  readonly graphqlDuration = new Histogram({
    name: `${PREFIX}graphql_operation_duration_seconds`,
    help: 'GraphQL operations by operation name and type (query, mutation)',
    labelNames: ['operation', 'type'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });
  readonly graphqlErrors = this.counter({
    name: 'graphql_errors_total',
    help: 'GraphQL errors answered, by extensions.code',
    labelNames: ['code'] as const,
  });
  private readonly operationNames = new Set<string>();

  constructor(@Inject(CONFIG) config: AppConfig, dataSource: DataSource) {
    // Process metrics (CPU, memory, event loop, GC) only where someone can scrape them.
    if (config.metricsPort !== null) collectDefaultMetrics({ register: this.registry });
    const pool = () => (dataSource.driver as unknown as { master?: PoolCounts }).master;
    this.gauge({
      name: 'db_pool_connections',
      help: 'Database pool connections: in_use (checked out by a query or transaction) or idle',
      labelNames: ['state'] as const,
      collect() {
        const counts = pool();
        if (!counts) return;
        this.set({ state: 'in_use' }, counts.totalCount - counts.idleCount);
        this.set({ state: 'idle' }, counts.idleCount);
      },
    });
    this.gauge({
      name: 'db_pool_waiting_requests',
      help: 'Queries and transactions waiting for a pool connection',
      collect() {
        this.set(pool()?.waitingCount ?? 0);
      },
    });
  }

  counter<L extends string>(config: CounterConfiguration<L>): Counter<L> {
    return new Counter({ ...config, name: PREFIX + config.name, registers: [this.registry] });
  }

  gauge<L extends string>(config: GaugeConfiguration<L>): Gauge<L> {
    return new Gauge({ ...config, name: PREFIX + config.name, registers: [this.registry] });
  }

  /** The label of an operation name: `(anonymous)`, the name, or `(other)` past the first 200 names. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return '(anonymous)';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return '(other)';
    this.operationNames.add(name);
    return name;
  }
}
