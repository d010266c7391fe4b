import { Module } from '@nestjs/common';
import { MetricResolver } from './metric.resolver';
import { MetricService } from './metric.service';

@Module({
  providers: [MetricResolver, MetricService],
})
export class MetricModule {}
