import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { LIMITS } from '@throughline/shared';
import { GoalEntity } from '../goal/goal.entity';
import { InitiativeEntity } from '../initiative/initiative.entity';
import { DecisionStatus } from './decision-status';

/** An architecture decision record, ADR-0001 onwards. */
@Entity('decision')
@Unique('uq_decision_number', ['number'])
@Check('ck_decision_number', `number >= 1`)
@Check('ck_decision_context_length', `char_length(context) <= ${LIMITS.description}`)
@Check('ck_decision_decision_length', `char_length(decision) <= ${LIMITS.description}`)
@Check('ck_decision_consequences_length', `char_length(consequences) <= ${LIMITS.description}`)
export class DecisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** ADR-0001 is 1. */
  @Column({ type: 'int' })
  number: number;

  @Column({ type: 'varchar', length: LIMITS.title })
  title: string;

  @Column({ type: 'enum', enum: DecisionStatus, enumName: 'decision_status', default: DecisionStatus.PROPOSED })
  status: DecisionStatus;

  @Column({ type: 'date', nullable: true })
  decidedOn: string | null;

  @Column({ type: 'varchar', length: LIMITS.owner, nullable: true })
  deciders: string | null;

  /** Markdown, like decision and consequences. */
  @Column({ type: 'text', default: '' })
  context: string;

  @Column({ type: 'text', default: '' })
  decision: string;

  @Column({ type: 'text', default: '' })
  consequences: string;

  @Index('ix_decision_superseded_by_id')
  @Column({ type: 'uuid', nullable: true })
  supersededById: string | null;

  @ManyToOne(() => DecisionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'superseded_by_id', foreignKeyConstraintName: 'fk_decision_superseded_by' })
  supersededBy?: DecisionEntity;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** The initiatives a decision bears on. */
@Entity('decision_initiative')
@Index('ix_decision_initiative_initiative_id', ['initiativeId'])
export class DecisionInitiativeEntity {
  @PrimaryColumn('uuid')
  decisionId: string;

  @PrimaryColumn('uuid')
  initiativeId: string;

  @ManyToOne(() => DecisionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'decision_id', foreignKeyConstraintName: 'fk_decision_initiative_decision' })
  decisionRow?: DecisionEntity;

  @ManyToOne(() => InitiativeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id', foreignKeyConstraintName: 'fk_decision_initiative_initiative' })
  initiative?: InitiativeEntity;
}

/** The goals a decision bears on. */
@Entity('decision_goal')
@Index('ix_decision_goal_goal_id', ['goalId'])
export class DecisionGoalEntity {
  @PrimaryColumn('uuid')
  decisionId: string;

  @PrimaryColumn('uuid')
  goalId: string;

  @ManyToOne(() => DecisionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'decision_id', foreignKeyConstraintName: 'fk_decision_goal_decision' })
  decisionRow?: DecisionEntity;

  @ManyToOne(() => GoalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id', foreignKeyConstraintName: 'fk_decision_goal_goal' })
  goal?: GoalEntity;
}
