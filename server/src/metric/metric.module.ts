import { Module } from '@nestjs/common';
import { MeasurementPushController } from './measurement-push.controller';
import { MetricResolver } from './metric.resolver';
import { MetricService } from './metric.service';

@Module({
  controllers: [MeasurementPushController],
  providers: [MetricResolver, MetricService],
  exports: [MetricService],
})
export class MetricModule {}
