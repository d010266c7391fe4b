import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { MetricEntity } from '../../metric/metric.entity';
import { MetricSourceEntity } from '../source/metric-source.entity';

export const PULL_EVERY_MINUTES = { min: 5, max: 10_080, default: 1440 } as const;
export const QUERY_MAX_LENGTH = 4000;

/** A metric fed by a source's query: pulled on a schedule and on demand. */
@Entity('metric_binding')
@Unique('uq_metric_binding_metric', ['metricId'])
@Check('ck_metric_binding_pull_every', `pull_every_minutes BETWEEN ${PULL_EVERY_MINUTES.min} AND ${PULL_EVERY_MINUTES.max}`)
export class MetricBindingEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_metric_binding' })
  id: string;

  @Column({ type: 'uuid' })
  metricId: string;

  @ManyToOne(() => MetricEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'metric_id', foreignKeyConstraintName: 'fk_metric_binding_metric' })
  metric?: MetricEntity;

  @Index('ix_metric_binding_source')
  @Column({ type: 'uuid' })
  sourceId: string;

  @ManyToOne(() => MetricSourceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'source_id', foreignKeyConstraintName: 'fk_metric_binding_source' })
  source?: MetricSourceEntity;

  @Column({ type: 'varchar', length: QUERY_MAX_LENGTH })
  query: string;

  @Column({ type: 'int', default: PULL_EVERY_MINUTES.default })
  pullEveryMinutes: number;

  /** When the last successful pull finished. */
  @Column({ type: 'timestamptz', nullable: true })
  lastPulledAt: Date | null;

  /** The latest day (00:00 UTC) a successful pull asked for: the next one starts there. Null: never pulled. */
  @Column({ type: 'timestamptz', nullable: true })
  pulledThrough: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
