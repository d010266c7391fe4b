import { Module } from '@nestjs/common';
import { NETWORK_GUARD_PROVIDER } from '../common/network-guard';
import { MetricModule } from '../metric/metric.module';
import { MetricBindingFieldsResolver, MetricBindingResolver } from './binding/metric-binding.resolver';
import { MetricBindingService } from './binding/metric-binding.service';
import { SourceClients } from './clients/source-clients';
import { PullJob } from './pulls/pull-job';
import { PullQueue } from './pulls/pull-queue';
import { PullRuns } from './pulls/pull-runs';
import { PullScheduler } from './pulls/pull-scheduler';
import { MetricSourceResolver } from './source/metric-source.resolver';
import { MetricSourceService } from './source/metric-source.service';

/** Metrics fed from monitoring systems: sources, bindings and pulls (issue 9). */
@Module({
  imports: [MetricModule],
  providers: [
    NETWORK_GUARD_PROVIDER,
    SourceClients,
    MetricSourceService,
    MetricSourceResolver,
    MetricBindingService,
    MetricBindingResolver,
    MetricBindingFieldsResolver,
    PullRuns,
    PullJob,
    PullQueue,
    PullScheduler,
  ],
  exports: [PullJob, PullRuns, PullScheduler],
})
export class MetricSourceModule {}
