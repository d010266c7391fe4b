import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../user/user.entity';

/**
 * A signed-in browser. The cookie holds a random secret; only its SHA-256 is stored, so a copy
 * of this table signs nobody in.
 */
@Entity('session')
@Index('ix_session_user', ['userId'])
export class SessionEntity {
  /** SHA-256 of the cookie's value, hex. */
  @PrimaryColumn({ type: 'char', length: 64 })
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_session_user' })
  user?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Kept to the minute; the session ends SESSION_IDLE_DAYS after it. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastSeenAt: Date;

  /** Sign-in plus SESSION_MAX_DAYS: the session ends then whatever its use. */
  @Column({ type: 'timestamptz' })
  expiresAt: Date;
}
