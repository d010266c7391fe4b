import { Inject, Injectable } from '@nestjs/common';
import { ActorKind, ErrorCode } from '@throughline/shared';
import { DataSource } from 'typeorm';
import { Actor } from '../../auth/caller';
import { DomainError } from '../../common/domain-error';
import { discoverCsvFieldIds, readJiraCsvExport } from '../client/csv-export-reader';
import { JiraIssue } from '../client/jira-types';
import { IssueApplier } from '../sync/apply-issues';
import { prepareIssue } from '../sync/issue-content';
import { JiraConnectionEntity } from '../connection/jira-connection.entity';
import { normaliseSiteUrl } from '../connection/jira-site-check';
import { afterPage, createRunContext, RunContext, RunHooks } from '../sync/run-context';
import { applyPage, newIssuesRead, updateProgress } from '../sync/run-phases';
import { messageFor } from '../sync/sync-engine';
import { SyncRunEntity } from '../runs/sync-run.entity';
import { SyncRuns } from '../runs/sync-runs';

/** Issues per transaction: the same unit of all-or-nothing as a page read from Jira. */
const ISSUES_PER_PAGE = 200;
export const DEFAULT_CSV_CONNECTION = 'CSV import';

/** Where an export goes: an existing connection by id, or one by name (made when missing). */
export interface CsvTarget {
  connectionId?: string;
  name?: string;
  /** The Jira site, for browse links, when a connection is made. */
  baseUrl?: string;
}

/**
 * Imports a Jira "Export → CSV (all fields)" file with the same mapping, idempotence and run
 * record as a sync: every issue in the file is imported; issues in the file whose parent is too
 * count toward its progress; nothing is cancelled (a file is not the whole JQL).
 */
@Injectable()
export class CsvImportService {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly runs: SyncRuns,
    private readonly applier: IssueApplier,
  ) {}

  /** `by`: who uploaded the file, named in the audit trail with the import (null from the command line). */
  async import(csv: string | Buffer, target: CsvTarget, hooks: RunHooks = {}, by: Actor | null = null): Promise<SyncRunEntity> {
    const issues = parse(csv);
    const connection = await this.connectionFor(target);
    const { run, isNew } = await this.runs.request(connection.id, false, 'CSV');
    const claimed = isNew ? await this.runs.claim(run.id) : null;
    if (!claimed) {
      throw new DomainError(
        ErrorCode.CONFLICT,
        `A run of "${connection.name}" is ${run.status.toLowerCase()}: import the file when it has finished.`,
        { field: 'connection' },
      );
    }
    const context = createRunContext({
      ...{ dataSource: this.dataSource, runs: this.runs, applier: this.applier, run: claimed.run, lease: claimed.lease, hooks },
      actor: importActor(connection.name, by),
      ...{ site: connection.baseUrl, client: null, jql: '', cursor: null, timeZone: undefined, fieldIds: discoverCsvFieldIds() },
    });
    try {
      await this.apply(context, issues);
      await this.runs.succeed(claimed.lease, context.counters, null);
    } catch (error) {
      await this.runs.fail(run.id, messageFor(error), claimed.lease);
    }
    return (await this.runs.get(run.id))!;
  }

  private async apply(context: RunContext, issues: JiraIssue[]): Promise<void> {
    context.counters.expect(issues.length);
    const read = newIssuesRead();
    for (let start = 0, page = 1; start < issues.length; start += ISSUES_PER_PAGE, page++) {
      const prepared = issues.slice(start, start + ISSUES_PER_PAGE).map((issue) => prepareIssue(issue, context.fieldIds, context.site));
      await applyPage(context, prepared, read);
      await afterPage(context, 'csv', page);
    }
    await updateProgress(context, read.seen, read);
  }

  private async connectionFor(target: CsvTarget): Promise<JiraConnectionEntity> {
    const connections = this.dataSource.getRepository(JiraConnectionEntity);
    if (target.connectionId) {
      const found = await connections.findOneBy({ id: target.connectionId });
      if (!found) throw DomainError.notFound('Jira connection', target.connectionId, 'connection');
      return found;
    }
    const name = target.name?.trim() || DEFAULT_CSV_CONNECTION;
    const existing = await connections.findOneBy({ name });
    if (existing) return existing;
    const baseUrl = target.baseUrl ? normaliseSiteUrl(target.baseUrl) : '';
    await connections
      .createQueryBuilder()
      .insert()
      .values({ name, baseUrl, email: '', jql: '', apiTokenEncrypted: null })
      .orIgnore()
      .execute();
    return connections.findOneByOrFail({ name });
  }
}

/** A CSV import is a sync from a file: the trail names the connection, and the person who uploaded it. */
function importActor(connectionName: string, by: Actor | null): Actor {
  const name = `Jira CSV import: ${connectionName}${by ? ` (${by.name})` : ''}`;
  return { kind: ActorKind.JIRA_SYNC, name, userId: by?.userId ?? null, tokenId: by?.tokenId ?? null, requestId: by?.requestId ?? null };
}

function parse(csv: string | Buffer): JiraIssue[] {
  let issues: JiraIssue[];
  try {
    issues = readJiraCsvExport(csv).issues;
  } catch (error) {
    throw DomainError.badInput('file', `this is not a Jira CSV export (${(error as Error).message})`);
  }
  if (!issues.length) throw DomainError.badInput('file', 'the file holds no issues');
  return issues;
}
