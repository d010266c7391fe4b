import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { LIMITS, MetricDirection } from '@throughline/shared';
import { GoalEntity } from '../goal/goal.entity';

@Entity('metric')
@Check('ck_metric_target_differs', `target <> baseline`)
@Check('ck_metric_target_direction', `(direction = 'INCREASE' AND target > baseline) OR (direction = 'DECREASE' AND target < baseline)`)
export class MetricEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: LIMITS.name })
  name: string;

  @Column({ type: 'varchar', length: LIMITS.unit })
  unit: string;

  @Column({ type: 'enum', enum: MetricDirection, enumName: 'metric_direction' })
  direction: MetricDirection;

  @Column({ type: 'double precision' })
  baseline: number;

  @Column({ type: 'double precision' })
  target: number;

  @Column({ type: 'date', nullable: true })
  targetDate: string | null;

  @Index('ix_metric_goal_id')
  @Column({ type: 'uuid', nullable: true })
  goalId: string | null;

  @ManyToOne(() => GoalEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'goal_id', foreignKeyConstraintName: 'fk_metric_goal' })
  goal?: GoalEntity;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
