import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { SyncRunStatus } from '@throughline/shared';
import { DateTimeScalar } from '../../common/scalars';

registerEnumType(SyncRunStatus, {
  name: 'SyncRunStatus',
  description: 'Where a sync run is: waiting in the queue, reading Jira, or finished either way.',
});

@ObjectType('SyncRun', { description: 'One import of a Jira connection; its counters grow while it runs.' })
export class SyncRunModel {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => ID, { description: 'The connection it imports.' })
  connectionId: string;

  @Field(() => SyncRunStatus, { description: 'QUEUED, RUNNING, SUCCEEDED or FAILED.' })
  status: SyncRunStatus;

  @Field({ description: 'true: every matching issue was read; false: those updated since the last successful run.' })
  full: boolean;

  @Field({ description: '"JIRA" for a run that read the site, "CSV" for an uploaded export.' })
  source: string;

  @Field(() => DateTimeScalar, { description: 'When it was asked for.' })
  createdAt: Date;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When a process started it.' })
  startedAt: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it ended, either way.' })
  finishedAt: Date | null;

  @Field(() => Int, { nullable: true, description: "Jira's approximate count of the issues to read, for a progress bar; null if unknown." })
  expectedIssues: number | null;

  @Field(() => Int, { description: 'Issues read so far, children included; grows while RUNNING.' })
  issuesSeen: number;

  @Field(() => Int, { description: 'Initiatives created from issues new to this connection.' })
  created: number;

  @Field(() => Int, { description: 'Initiatives changed because their issue changed in Jira.' })
  updated: number;

  @Field(() => Int, { description: 'Issues read that had not changed since the last run.' })
  unchanged: number;

  @Field(() => Int, { description: 'Initiatives cancelled because a full run no longer found their issue.' })
  removed: number;

  @Field(() => String, { nullable: true, description: 'For FAILED: what went wrong, in words a user can act on.' })
  error: string | null;

  @Field(() => [String], { description: 'What the run skipped and why, e.g. a Blocks link that would close a dependency cycle.' })
  warnings: string[];
}
