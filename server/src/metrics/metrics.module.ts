import { Global, Module } from '@nestjs/common';
import { MetricsService } from './metrics.service';
import { MetricsServer } from './metrics-server';

/** Prometheus metrics (metrics.ts), everywhere injectable, served on METRICS_PORT. */
@Global()
@Module({ providers: [MetricsService, MetricsServer], exports: [MetricsService, MetricsServer] })
export class MetricsModule {}
