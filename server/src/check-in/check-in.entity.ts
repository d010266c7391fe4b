import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ActorKind, Health, LIMITS } from '@throughline/shared';
import { InitiativeEntity } from '../initiative/initiative.entity';

/** An owner's update on an initiative: its health in their words, and when they now expect it to end. */
@Entity('check_in')
@Index('ix_check_in_initiative_created', ['initiativeId', 'createdAt'])
@Check('ck_check_in_body_length', `char_length(body) <= ${LIMITS.description}`)
export class CheckInEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_check_in' })
  id: string;

  @Column({ type: 'uuid' })
  initiativeId: string;

  @ManyToOne(() => InitiativeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id', foreignKeyConstraintName: 'fk_check_in_initiative' })
  initiative?: InitiativeEntity;

  /** Who posted it, as the audit trail names them (a token's owner when a token did). */
  @Column({ type: 'enum', enum: ActorKind, enumName: 'actor_kind' })
  authorKind: ActorKind;

  @Column({ type: 'varchar', length: LIMITS.name })
  authorName: string;

  @Column({ type: 'uuid', nullable: true })
  authorUserId: string | null;

  @Column({ type: 'enum', enum: Health, enumName: 'health' })
  health: Health;

  /** Markdown. */
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'date', nullable: true })
  expectedEndDate: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
