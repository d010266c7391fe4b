import { MetricBindingEntity } from './binding/metric-binding.entity';
import { PullRunEntity } from './pulls/pull-run.entity';
import { MetricSourceEntity } from './source/metric-source.entity';

/** The feature's tables, for database/entities.ts. */
export const METRIC_SOURCE_ENTITIES = [MetricSourceEntity, MetricBindingEntity, PullRunEntity];
