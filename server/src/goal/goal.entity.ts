import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { LIMITS } from '@throughline/shared';

@Entity('goal')
@Check('ck_goal_dates', `target_date IS NULL OR start_date IS NULL OR target_date >= start_date`)
@Check('ck_goal_description_length', `char_length(description) <= ${LIMITS.description}`)
@Check('ck_goal_not_own_parent', `parent_id IS NULL OR parent_id <> id`)
export class GoalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: LIMITS.title })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'varchar', length: LIMITS.owner, nullable: true })
  owner: string | null;

  @Index('ix_goal_parent_id')
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => GoalEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_goal_parent' })
  parent?: GoalEntity;

  @Column({ type: 'date', nullable: true })
  startDate: string | null;

  @Column({ type: 'date', nullable: true })
  targetDate: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
