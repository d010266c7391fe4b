import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { InitiativeEntity } from '../../initiative/initiative.entity';
import { JiraConnectionEntity } from '../connection/jira-connection.entity';

/**
 * A Jira issue a connection knows: an imported one (its initiative) or a child issue kept for the
 * progress of its parent. The key (connection_id, jira_id) is what keeps re-runs from duplicating.
 */
@Entity('jira_issue')
@Index('ix_jira_issue_parent', ['connectionId', 'parentJiraId'])
@Index('ix_jira_issue_initiative', ['initiativeId'])
export class JiraIssueEntity {
  @PrimaryColumn('uuid')
  connectionId: string;

  @ManyToOne(() => JiraConnectionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'connection_id', foreignKeyConstraintName: 'fk_jira_issue_connection' })
  connection?: JiraConnectionEntity;

  /** Jira's numeric issue id: it survives moves between projects, unlike the key. */
  @PrimaryColumn({ type: 'varchar', length: 32 })
  jiraId: string;

  @Column({ type: 'varchar', length: 255 })
  key: string;

  /** Whether the connection's JQL (or CSV) selected it; false for a child read only for progress. */
  @Column({ type: 'boolean', default: false })
  imported: boolean;

  /** Set when a full run no longer found it: its initiative was cancelled. */
  @Column({ type: 'boolean', default: false })
  removed: boolean;

  @Column({ type: 'uuid', nullable: true })
  initiativeId: string | null;

  @ManyToOne(() => InitiativeEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'initiative_id', foreignKeyConstraintName: 'fk_jira_issue_initiative' })
  initiative?: InitiativeEntity;

  @Column({ type: 'varchar', length: 32, nullable: true })
  parentJiraId: string | null;

  /** Jira's status category key: new, indeterminate or done. */
  @Column({ type: 'varchar', length: 20 })
  statusCategory: string;

  @Column({ type: 'timestamptz', nullable: true })
  updatedAtJira: Date | null;

  /** Hash of everything the import reads from it: equal means nothing to apply. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  contentHash: string | null;

  /** The run that last changed it, so that a resumed run counts each issue once. */
  @Column({ type: 'uuid', nullable: true })
  lastChangedRunId: string | null;
}
