import { LIMITS } from '@throughline/shared';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One failed sign-in, counted per account and per address to throttle guessing. In Postgres, so
 * that every process of the server counts the same failures; rows older than the window are pruned.
 */
@Entity('sign_in_failure')
@Index('ix_sign_in_failure_email', ['email', 'at'])
@Index('ix_sign_in_failure_address', ['address', 'at'])
export class SignInFailureEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  /** The address tried, lower-cased, whether or not an account has it. */
  @Column({ type: 'varchar', length: LIMITS.email })
  email: string;

  /** The client's IP address (behind a proxy: as TRUST_PROXY lets Express see it). */
  @Column({ type: 'varchar', length: 64 })
  address: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
