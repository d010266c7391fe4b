import { Injectable } from '@nestjs/common';
import { DomainError } from '../../common/domain-error';
import { JiraConnectionService } from '../connection/jira-connection.service';
import { SyncQueue } from './sync-queue';
import { SyncRunEntity } from './sync-run.entity';
import { SyncRuns } from './sync-runs';

/**
 * "Sync now", for the API, the scheduler and the command line alike: checks that the connection
 * can read from Jira, asks for a run, and queues a job for it. While the connection has a queued
 * or running run, that run is the answer instead of a new one.
 */
@Injectable()
export class SyncNow {
  constructor(
    private readonly connections: JiraConnectionService,
    private readonly runs: SyncRuns,
    private readonly queue: SyncQueue,
  ) {}

  async request(connectionId: string, full: boolean): Promise<SyncRunEntity> {
    const connection = await this.connections.get(connectionId);
    if (!connection.apiTokenEncrypted) {
      throw DomainError.badInput(
        'id',
        'this connection has no API token (it was made by a CSV import): add the site, email and token first',
      );
    }
    const { run, isNew } = await this.runs.request(connection.id, full);
    if (isNew) await this.queue.enqueue(run.id);
    return run;
  }
}
