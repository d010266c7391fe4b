import { Module } from '@nestjs/common';
import { AppConfig, CONFIG } from '../config/config';
import { CsvImportController } from './csv-import.controller';
import { CsvImportService } from './csv-import.service';
import { JiraConnectionResolver } from './jira-connection.resolver';
import { JiraConnectionService } from './jira-connection.service';
import { SecretBox } from './secret-box';
import { SyncEngine } from './sync-engine';
import { SyncQueue } from './sync-queue';
import { SyncRunResolver } from './sync-run.resolver';
import { SyncRuns } from './sync-runs';
import { SyncScheduler } from './sync-scheduler';

@Module({
  controllers: [CsvImportController],
  providers: [
    { provide: SecretBox, inject: [CONFIG], useFactory: (config: AppConfig) => new SecretBox(config.dataDir) },
    JiraConnectionService,
    JiraConnectionResolver,
    SyncRunResolver,
    SyncRuns,
    SyncEngine,
    SyncQueue,
    SyncScheduler,
    CsvImportService,
  ],
  exports: [SyncEngine, SyncRuns, SyncQueue, SyncScheduler],
})
export class JiraModule {}
