import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { LIMITS, RiskStatus } from '@throughline/shared';
import { GoalEntity } from '../goal/goal.entity';
import { InitiativeEntity } from '../initiative/initiative.entity';

@Entity('risk')
@Check('ck_risk_likelihood', `likelihood BETWEEN 1 AND 5`)
@Check('ck_risk_impact', `impact BETWEEN 1 AND 5`)
@Check('ck_risk_description_length', `char_length(description) <= ${LIMITS.description}`)
@Check('ck_risk_mitigation_length', `char_length(mitigation) <= ${LIMITS.description}`)
@Index('ix_risk_severity', ['severity'])
export class RiskEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: LIMITS.title })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'smallint' })
  likelihood: number;

  @Column({ type: 'smallint' })
  impact: number;

  /** likelihood × impact, kept by Postgres. */
  @Column({ type: 'smallint', generatedType: 'STORED', asExpression: 'likelihood * impact', insert: false, update: false })
  severity: number;

  @Column({ type: 'enum', enum: RiskStatus, enumName: 'risk_status', default: RiskStatus.OPEN })
  status: RiskStatus;

  @Column({ type: 'varchar', length: LIMITS.owner, nullable: true })
  owner: string | null;

  @Column({ type: 'text', nullable: true })
  mitigation: string | null;

  @Index('ix_risk_initiative_id')
  @Column({ type: 'uuid', nullable: true })
  initiativeId: string | null;

  @ManyToOne(() => InitiativeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id', foreignKeyConstraintName: 'fk_risk_initiative' })
  initiative?: InitiativeEntity;

  @Index('ix_risk_goal_id')
  @Column({ type: 'uuid', nullable: true })
  goalId: string | null;

  @ManyToOne(() => GoalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id', foreignKeyConstraintName: 'fk_risk_goal' })
  goal?: GoalEntity;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
