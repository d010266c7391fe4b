import { LIMITS, Role } from '@throughline/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../user/user.entity';

/** How many characters of a token are kept in clear, to recognise it ("tl_3f9aK2x"). */
export const TOKEN_PREFIX_LENGTH = 10;

/** A secret for scripts and CI; only its SHA-256 is stored. */
@Entity('api_token')
@Index('ix_api_token_owner_created', ['ownerId', 'createdAt'])
export class ApiTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: LIMITS.name })
  name: string;

  /** Its own role; what it may do is the lower of this and its owner's current role. */
  @Column({ type: 'enum', enum: Role, enumName: 'role' })
  role: Role;

  @Column({ type: 'varchar', length: TOKEN_PREFIX_LENGTH })
  prefix: string;

  /** SHA-256 of the whole token, hex: every authenticated request finds its token by this index. */
  @Index('uq_api_token_hash', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @Column({ type: 'uuid' })
  ownerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'fk_api_token_owner' })
  owner?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  /** Kept to the minute: written at most once a minute per token, so requests stay cheap. */
  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
