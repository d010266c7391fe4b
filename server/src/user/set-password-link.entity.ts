import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from './user.entity';

/** A one-time link that lets a new account set its password; only the SHA-256 of its secret is stored. */
@Entity('set_password_link')
export class SetPasswordLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_set_password_link_user_id')
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_set_password_link_user' })
  user?: UserEntity;

  @Index('uq_set_password_link_hash', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  /** Set when the link is used: it works once. */
  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
