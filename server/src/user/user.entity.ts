import { LIMITS, Role } from '@throughline/shared';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A person (or a service account: no password) who calls the API. Deactivated, never deleted. */
@Entity('users')
@Unique('uq_users_email', ['email'])
// Stored lower-cased, so the unique constraint is case-insensitive and sign-in matches any casing.
@Check('ck_users_email_lower', `email = lower(email)`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: LIMITS.email })
  email: string;

  @Column({ type: 'varchar', length: LIMITS.name })
  name: string;

  @Column({ type: 'enum', enum: Role, enumName: 'role' })
  role: Role;

  /** argon2id (PHC string); null for a service account, which nobody can sign in as. */
  @Column({ type: 'text', nullable: true })
  passwordHash: string | null;

  /** false: cannot sign in, and their sessions and tokens stop working on the next request. */
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Kept to the minute: written at most once a minute, so requests stay cheap. */
  @Column({ type: 'timestamptz', nullable: true })
  lastSeenAt: Date | null;

  @Column({ type: 'int', default: 1 })
  version: number;
}
