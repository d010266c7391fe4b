import { ActorKind, AuditAction } from '@throughline/shared';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { FieldChange } from './audit-log';

/**
 * One change to one entity, append-only (a trigger refuses UPDATE and DELETE). Written only by
 * AuditLog.record, in the transaction of the change it records. No foreign keys: the trail
 * outlives what it describes (a deleted initiative keeps its history).
 */
@Entity('audit_event')
@Index('ix_audit_event_entity', ['entityType', 'entityId', 'id'])
@Index('ix_audit_event_actor_user', ['actorUserId', 'id'])
@Index('ix_audit_event_at', ['at'])
export class AuditEventEntity {
  /** Increases in the order events are written: the trail's order and its page cursor. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: number;

  /** When the change's transaction began: every event of one change has the same time. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ type: 'enum', enum: ActorKind, enumName: 'actor_kind' })
  actorKind: ActorKind;

  /** As shown: "Priya Raman", "token ci-push (Priya Raman)", "Jira sync: Acme Jira", "System". */
  @Column({ type: 'varchar', length: 300 })
  actorName: string;

  /** The user, or the token's owner. */
  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorTokenId: string | null;

  @Column({ type: 'enum', enum: AuditAction, enumName: 'audit_action' })
  action: AuditAction;

  /** "Initiative", "Team", "Goal", "Metric", "Risk", "Dependency", "Baseline". */
  @Column({ type: 'varchar', length: 40 })
  entityType: string;

  /** The entity's id; a Dependency's is "<dependent id>:<blocker id>". */
  @Column({ type: 'varchar', length: 100 })
  entityId: string;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  changes: FieldChange[];

  @Column({ type: 'varchar', length: 128, nullable: true })
  requestId: string | null;
}
