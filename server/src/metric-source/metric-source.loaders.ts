import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { byId, newestOfEach } from '../common/loaders';
import { MetricBindingEntity } from './binding/metric-binding.entity';
import { PullRunEntity } from './pulls/pull-run.entity';
import { MetricSourceEntity } from './source/metric-source.entity';

/** The per-request loaders of metric sources, bindings and their pulls. */
export function createMetricSourceLoaders(dataSource: DataSource) {
  const bindings = dataSource.getRepository(MetricBindingEntity);
  return {
    metricSource: byId(dataSource.getRepository(MetricSourceEntity)),
    bindingOfMetric: new DataLoader<string, MetricBindingEntity | null>(async (metricIds) => {
      const found = new Map((await bindings.findBy({ metricId: In([...metricIds]) })).map((binding) => [binding.metricId, binding]));
      return metricIds.map((id) => found.get(id) ?? null);
    }),
    runsOfBinding: newestOfEach(dataSource.getRepository(PullRunEntity), 'bindingId', 'binding_id'),
  };
}
