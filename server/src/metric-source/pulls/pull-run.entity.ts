import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MetricBindingEntity } from '../binding/metric-binding.entity';
import { PullRunStatus } from '../metric-source.enums';

/** One pull of a binding's query, from the queue (scheduled or on demand). */
@Entity('pull_run')
@Index('ix_pull_run_binding_created', ['bindingId', 'createdAt'])
// At most one queued or running pull per binding, whichever process asks.
@Index('uq_pull_run_active', ['bindingId'], { unique: true, where: `status IN ('QUEUED', 'RUNNING')` })
export class PullRunEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_pull_run' })
  id: string;

  @Column({ type: 'uuid' })
  bindingId: string;

  @ManyToOne(() => MetricBindingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'binding_id', foreignKeyConstraintName: 'fk_pull_run_binding' })
  binding?: MetricBindingEntity;

  @Column({ type: 'enum', enum: PullRunStatus, enumName: 'pull_run_status', default: PullRunStatus.QUEUED })
  status: PullRunStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  /** Set when a process starts it; a RUNNING pull whose mark is old lost its process. */
  @Column({ type: 'timestamptz', nullable: true })
  heartbeatAt: Date | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  /** Measurements written. */
  @Column({ type: 'int', default: 0 })
  points: number;

  /** For FAILED: what went wrong, in words a user can act on. */
  @Column({ type: 'text', nullable: true })
  error: string | null;
}
