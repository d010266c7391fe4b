import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { MetricEntity } from './metric.entity';

@Entity('measurement')
/** One measurement per metric and instant: a repeated push or pull of the same instant replaces the value. */
@Index('uq_measurement_metric_recorded_at', ['metricId', 'recordedAt'], { unique: true })
export class MeasurementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  metricId: string;

  @ManyToOne(() => MetricEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'metric_id', foreignKeyConstraintName: 'fk_measurement_metric' })
  metric?: MetricEntity;

  @Column({ type: 'double precision' })
  value: number;

  @Column({ type: 'timestamptz' })
  recordedAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
