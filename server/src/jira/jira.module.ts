import { Module } from '@nestjs/common';
import { InitiativeModule } from '../initiative/initiative.module';
import { TeamModule } from '../team/team.module';
import { IssueApplier } from './sync/apply-issues';
import { CsvImportController } from './csv/csv-import.controller';
import { CsvImportService } from './csv/csv-import.service';
import { JiraConnectionResolver } from './connection/jira-connection.resolver';
import { JiraConnectionService } from './connection/jira-connection.service';
import { NETWORK_GUARD_PROVIDER } from '../common/network-guard';
import { SyncEngine } from './sync/sync-engine';
import { SyncNow } from './runs/sync-now';
import { SyncQueue } from './runs/sync-queue';
import { SyncRunResolver } from './runs/sync-run.resolver';
import { SyncRuns } from './runs/sync-runs';
import { SyncScheduler } from './runs/sync-scheduler';

@Module({
  imports: [InitiativeModule, TeamModule],
  controllers: [CsvImportController],
  providers: [
    NETWORK_GUARD_PROVIDER,
    JiraConnectionService,
    JiraConnectionResolver,
    SyncRunResolver,
    SyncRuns,
    SyncEngine,
    IssueApplier,
    SyncQueue,
    SyncNow,
    SyncScheduler,
    CsvImportService,
  ],
  exports: [SyncEngine, SyncRuns, SyncQueue, SyncScheduler],
})
export class JiraModule {}
