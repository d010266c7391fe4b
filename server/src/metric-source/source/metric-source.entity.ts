import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { LIMITS } from '@throughline/shared';
import { MetricSourceKind } from '../metric-source.enums';
import type { CredentialField } from './credentials';

export const BASE_URL_MAX = 2048;
export const ACCOUNT_ID_MAX = 40;

/** A monitoring system the server reads metrics from, with its own credentials (sealed). */
@Entity('metric_source')
@Unique('uq_metric_source_name', ['name'])
export class MetricSourceEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_metric_source' })
  id: string;

  @Column({ type: 'varchar', length: LIMITS.name })
  name: string;

  @Column({ type: 'enum', enum: MetricSourceKind, enumName: 'metric_source_kind' })
  kind: MetricSourceKind;

  /** The API's origin (and path prefix for a Prometheus behind one), without a trailing slash. */
  @Column({ type: 'varchar', length: BASE_URL_MAX })
  baseUrl: string;

  /** New Relic's account id; null for the others. */
  @Column({ type: 'varchar', length: ACCOUNT_ID_MAX, nullable: true })
  accountId: string | null;

  /** The credentials as one JSON object sealed by SecretBox (secret-box.ts), bound to the source's id; null: none. */
  @Column({ type: 'text', nullable: true })
  credentialsEncrypted: string | null;

  /** Which credentials are set (never their values), for the API to say so. */
  @Column({ type: 'varchar', length: 20, array: true, default: () => `'{}'` })
  credentialFields: CredentialField[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
