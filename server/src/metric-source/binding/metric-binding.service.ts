import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog } from '../../audit/audit-log';
import { Actor } from '../../auth/caller';
import { DomainError } from '../../common/domain-error';
import { requireRow } from '../../common/versioned-rows';
import { MetricEntity } from '../../metric/metric.entity';
import { DailyPoint, lastDays } from '../clients/source-client';
import { SourceClients } from '../clients/source-clients';
import { SourceError } from '../clients/source-error';
import { PullQueue } from '../pulls/pull-queue';
import { PullRunEntity } from '../pulls/pull-run.entity';
import { PullRuns } from '../pulls/pull-runs';
import { MetricSourceEntity } from '../source/metric-source.entity';
import { BindMetricInput } from './metric-binding.inputs';
import { MetricBindingEntity, PULL_EVERY_MINUTES } from './metric-binding.entity';

const AUDITED_FIELDS = ['metricId', 'sourceId', 'query', 'pullEveryMinutes'] as const;
/** What a preview shows: the last 30 days, as the binding would import them. */
export const PREVIEW_DAYS = 30;

/** Binding metrics to sources, previews, and asking for pulls. */
@Injectable()
export class MetricBindingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clients: SourceClients,
    private readonly runs: PullRuns,
    private readonly queue: PullQueue,
  ) {}

  /** Runs the query once over the last 30 days; BAD_USER_INPUT at `fields.query` when the source rejects it. */
  async preview(sourceId: string, query: string, fields = { sourceId: 'sourceId', query: 'query' }): Promise<DailyPoint[]> {
    const source = await this.dataSource.getRepository(MetricSourceEntity).findOneBy({ id: sourceId });
    if (!source) throw DomainError.notFound('Metric source', sourceId, fields.sourceId);
    if (!query.trim()) throw DomainError.badInput(fields.query, 'must not be blank');
    try {
      return await this.clients.forSource(source, fields.sourceId).daily(query.trim(), lastDays(PREVIEW_DAYS));
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      throw DomainError.badInput(error.fault === 'query' ? fields.query : fields.sourceId, error.message);
    }
  }

  /** Checks the query against the source, saves the binding (a new source or query re-imports a year) and queues its first pull. */
  async bind(input: BindMetricInput, actor: Actor): Promise<MetricBindingEntity> {
    await requireRow(this.dataSource.manager, MetricEntity, 'Metric', input.metricId, 'input.metricId');
    await this.preview(input.sourceId, input.query, { sourceId: 'input.sourceId', query: 'input.query' });
    const { binding, run } = await this.dataSource.transaction(async (manager) => {
      await requireRow(manager, MetricEntity, 'Metric', input.metricId, 'input.metricId');
      const before = await manager.findOneBy(MetricBindingEntity, { metricId: input.metricId });
      const scopeChanged = !before || before.sourceId !== input.sourceId || before.query !== input.query;
      const fields = {
        metricId: input.metricId,
        sourceId: input.sourceId,
        query: input.query,
        pullEveryMinutes: input.pullEveryMinutes ?? PULL_EVERY_MINUTES.default,
        ...(scopeChanged ? { pulledThrough: null } : {}),
      };
      const saved = before
        ? await manager.save(MetricBindingEntity, { ...before, ...fields })
        : await manager.save(manager.create(MetricBindingEntity, fields));
      await AuditLog.recordRow(manager, actor, 'MetricBinding', AUDITED_FIELDS, before, saved);
      return { binding: saved, run: await this.runs.request(saved.id, manager) };
    });
    if (run.isNew) await this.queue.enqueue(run.run.id);
    return binding;
  }

  /** Stops feeding the metric (its pull history goes, its measurements stay); nothing to do when it is not bound. */
  async unbind(metricId: string, actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await requireRow(manager, MetricEntity, 'Metric', metricId, 'metricId');
      const binding = await manager.findOneBy(MetricBindingEntity, { metricId });
      if (!binding) return;
      await manager.delete(MetricBindingEntity, { id: binding.id });
      await AuditLog.recordRow(manager, actor, 'MetricBinding', AUDITED_FIELDS, binding, null);
    });
  }

  /** Queues a pull now; the queued or running one when there is one. */
  async pull(metricId: string): Promise<PullRunEntity> {
    await requireRow(this.dataSource.manager, MetricEntity, 'Metric', metricId, 'metricId');
    const binding = await this.dataSource.getRepository(MetricBindingEntity).findOneBy({ metricId });
    if (!binding) throw DomainError.badInput('metricId', 'this metric is not bound to a source: bind it first');
    const { run, isNew } = await this.runs.request(binding.id);
    if (isNew) await this.queue.enqueue(run.id);
    return run;
  }
}
