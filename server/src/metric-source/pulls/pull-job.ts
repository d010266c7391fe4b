import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { upsertMeasurementCount } from '../../metric/measurement-store';
import { MetricBindingEntity } from '../binding/metric-binding.entity';
import { SourceClients } from '../clients/source-clients';
import { SourceError } from '../clients/source-error';
import { PullRuns } from './pull-runs';
import { pullWindow } from './pull-window';
import { sourceActor } from './source-actor';
import { DomainError } from '../../common/domain-error';

/**
 * Runs one pull: claims it (only one process does), reads the binding's window from its source,
 * and in one transaction upserts the measurements (audited with the source as actor), ends the
 * run and moves the binding's cursor. A failure is recorded on the run in the source's words.
 */
@Injectable()
export class PullJob {
  private readonly logger = new Logger('MetricPull');

  constructor(
    private readonly dataSource: DataSource,
    private readonly runs: PullRuns,
    private readonly clients: SourceClients,
  ) {}

  async execute(runId: string, now = new Date()): Promise<void> {
    const run = await this.runs.claim(runId);
    if (!run) return;
    try {
      // One query (findOne with a relation would make two: a DISTINCT over ids, then the rows).
      const binding = await this.dataSource
        .getRepository(MetricBindingEntity)
        .createQueryBuilder('binding')
        .innerJoinAndSelect('binding.source', 'source')
        .where('binding.id = :id', { id: run.bindingId })
        .getOneOrFail();
      const source = binding.source!;
      const window = pullWindow(binding.pulledThrough, now);
      const points = await this.clients.forSource(source).daily(binding.query, window);
      await this.dataSource.transaction(async (manager) => {
        const { accepted } = points.length
          ? await upsertMeasurementCount(manager, sourceActor(source.name), binding.metricId, points)
          : { accepted: 0 };
        await this.runs.succeed(manager, run, accepted, window.to);
      });
    } catch (error) {
      await this.runs.fail(run.id, this.describe(error));
    }
  }

  private describe(error: unknown): string {
    if (error instanceof SourceError || error instanceof DomainError) return error.message;
    this.logger.error(`pull failed: ${(error as Error).stack ?? String(error)}`);
    return 'The pull failed inside Throughline (see the server log); try again, and report it if it persists.';
  }
}
