import { SharedView } from '@throughline/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../user/user.entity';

/** How many characters of a link's secret are kept in clear, to recognise it in a list. */
export const SECRET_PREFIX_LENGTH = 6;
/** The longest params a link keeps (a view's URL query). */
export const PARAMS_MAX_LENGTH = 2000;

/**
 * A read-only link to one view with its parameters. Requests find it by its secret's SHA-256; the
 * secret itself is kept sealed (AES-256-GCM, the server's secret key) so that its maker can copy the
 * link again later.
 */
@Entity('share_link')
@Index('ix_share_link_creator_created', ['createdById', 'createdAt'])
export class ShareLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: SharedView, enumName: 'shared_view' })
  view: SharedView;

  /** The view's URL query, e.g. "from=2027-01-01&to=2027-12-31&team=…". */
  @Column({ type: 'varchar', length: PARAMS_MAX_LENGTH })
  params: string;

  @Column({ type: 'varchar', length: SECRET_PREFIX_LENGTH })
  prefix: string;

  /** SHA-256 of the secret, hex: every shared-view request finds its link by this index. */
  @Index('uq_share_link_hash', { unique: true })
  @Column({ type: 'char', length: 64 })
  secretHash: string;

  /** The secret, sealed with the SecretBox; opened only to show the link to its maker or an ADMIN. */
  @Column({ type: 'text' })
  secretSealed: string;

  @Column({ type: 'uuid' })
  createdById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_share_link_creator' })
  createdBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
