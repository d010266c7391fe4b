import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { LIMITS } from '@throughline/shared';
import type { JiraFieldIds } from '../client/field-discovery';

export const SYNC_EVERY_MINUTES = { min: 5, max: 1440 } as const;
export const JQL_MAX_LENGTH = 10_000;

/** A Jira Cloud site and the JQL whose issues it imports as initiatives. */
@Entity('jira_connection')
@Unique('uq_jira_connection_name', ['name'])
@Check(
  'ck_jira_connection_sync_every',
  `sync_every_minutes IS NULL OR sync_every_minutes BETWEEN ${SYNC_EVERY_MINUTES.min} AND ${SYNC_EVERY_MINUTES.max}`,
)
export class JiraConnectionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: LIMITS.name })
  name: string;

  /** The site's origin, "https://acme.atlassian.net"; empty for a connection made by a CSV import without one. */
  @Column({ type: 'varchar', length: 2048 })
  baseUrl: string;

  @Column({ type: 'varchar', length: 320 })
  email: string;

  /** secret-box.ts format; null for a connection that only receives CSV imports. */
  @Column({ type: 'text', nullable: true })
  apiTokenEncrypted: string | null;

  @Column({ type: 'varchar', length: JQL_MAX_LENGTH })
  jql: string;

  @Column({ type: 'int', nullable: true })
  syncEveryMinutes: number | null;

  /** Field ids that replace the discovered ones (Target start/end, Team). */
  @Column({ type: 'jsonb', nullable: true })
  fieldOverrides: Partial<JiraFieldIds> | null;

  /** When the last successful run finished. */
  @Column({ type: 'timestamptz', nullable: true })
  lastSyncedAt: Date | null;

  /** When the last successful run started: an incremental run reads what changed since then. */
  @Column({ type: 'timestamptz', nullable: true })
  lastCursor: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
