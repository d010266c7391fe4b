import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { LIMITS } from '@throughline/shared';
import { InitiativeEntity } from '../initiative/initiative.entity';

/** A saved copy of the whole plan's dates ("FY2027-Q1 plan as agreed"), to compare today's against. */
@Entity('baseline')
export class BaselineEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: LIMITS.name })
  name: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** The user who saved it (a token's owner); users are deactivated, never deleted. */
  @Column({ type: 'uuid' })
  createdById: string;
}

/** One initiative's dates as they were when the baseline was saved. */
@Entity('baseline_initiative')
@Index('ix_baseline_initiative_initiative_id', ['initiativeId'])
export class BaselineInitiativeEntity {
  @PrimaryColumn('uuid')
  baselineId: string;

  @PrimaryColumn('uuid')
  initiativeId: string;

  @Column({ type: 'date', nullable: true })
  startDate: string | null;

  @Column({ type: 'date', nullable: true })
  endDate: string | null;

  @ManyToOne(() => BaselineEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'baseline_id', foreignKeyConstraintName: 'fk_baseline_initiative_baseline' })
  baseline?: BaselineEntity;

  // An initiative deleted since leaves the baseline: there is nothing left to compare it with.
  @ManyToOne(() => InitiativeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id', foreignKeyConstraintName: 'fk_baseline_initiative_initiative' })
  initiative?: InitiativeEntity;
}
