import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SyncRunStatus } from '@throughline/shared';
import { JiraConnectionEntity } from '../connection/jira-connection.entity';

/** One import of a connection, from the queue or a command; its counters grow while it runs. */
@Entity('sync_run')
@Index('ix_sync_run_connection_created', ['connectionId', 'createdAt'])
// At most one queued or running run per connection, whichever process asks.
@Index('uq_sync_run_active', ['connectionId'], { unique: true, where: `status IN ('QUEUED', 'RUNNING')` })
export class SyncRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  connectionId: string;

  @ManyToOne(() => JiraConnectionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'connection_id', foreignKeyConstraintName: 'fk_sync_run_connection' })
  connection?: JiraConnectionEntity;

  @Column({ type: 'enum', enum: SyncRunStatus, enumName: 'sync_run_status', default: SyncRunStatus.QUEUED })
  status: SyncRunStatus;

  @Column({ type: 'boolean' })
  full: boolean;

  /** 'JIRA' for a run that reads the site, 'CSV' for an uploaded export. */
  @Column({ type: 'varchar', length: 10, default: 'JIRA' })
  source: 'JIRA' | 'CSV';

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  /** Renewed while a process works on the run; a stale one lets another process take it over. */
  @Column({ type: 'timestamptz', nullable: true })
  heartbeatAt: Date | null;

  /** How many times a process started on it (more than one after an interruption). */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'int', nullable: true })
  expectedIssues: number | null;

  @Column({ type: 'int', default: 0 })
  issuesSeen: number;

  @Column({ type: 'int', default: 0 })
  created: number;

  @Column({ type: 'int', default: 0 })
  updated: number;

  @Column({ type: 'int', default: 0 })
  unchanged: number;

  @Column({ type: 'int', default: 0 })
  removed: number;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  /** What the run skipped and why (a dependency that would close a cycle, an end before its start). */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  warnings: string[];
}
