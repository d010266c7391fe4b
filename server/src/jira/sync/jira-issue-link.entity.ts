import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { JiraIssueEntity } from './jira-issue.entity';

/**
 * A "Blocks" link as Jira last said it: kept so that an issue imported later finds the links
 * pointing at it, and so that a link removed in Jira removes the dependency it made.
 */
@Entity('jira_issue_link')
@Index('ix_jira_issue_link_blocked', ['connectionId', 'blockedJiraId'])
export class JiraIssueLinkEntity {
  @PrimaryColumn('uuid')
  connectionId: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  blockerJiraId: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  blockedJiraId: string;

  @ManyToOne(() => JiraIssueEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'connection_id', referencedColumnName: 'connectionId', foreignKeyConstraintName: 'fk_jira_issue_link_blocker' },
    { name: 'blocker_jira_id', referencedColumnName: 'jiraId', foreignKeyConstraintName: 'fk_jira_issue_link_blocker' },
  ])
  blocker?: JiraIssueEntity;
}
