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
import { Health, InitiativeStatus, LIMITS } from '@throughline/shared';
import { TeamEntity } from '../team/team.entity';

@Entity('initiative')
@Unique('uq_initiative_key', ['key'])
@Check('ck_initiative_dates', `end_date IS NULL OR start_date IS NULL OR end_date >= start_date`)
@Check('ck_initiative_effort', `effort_weeks IS NULL OR (effort_weeks >= 0 AND effort_weeks <= 100000)`)
@Check('ck_initiative_progress', `progress IS NULL OR (progress >= 0 AND progress <= 1)`)
@Check('ck_initiative_description_length', `char_length(description) <= ${LIMITS.description}`)
@Index('ix_initiative_dates', ['startDate', 'endDate'])
export class InitiativeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** "TL-42", from the sequence initiative_key_seq (see InitiativeStore). */
  @Column({ type: 'varchar', length: 20 })
  key: string;

  /**
   * The number the key ends in ("TL-42" → "42"; null when none), kept by Postgres: what lists order
   * by after the start date (initiative-order.ts). Never read into an entity.
   */
  @Column({
    type: 'numeric',
    nullable: true,
    generatedType: 'STORED',
    asExpression: `substring(key from '[0-9]+$')::numeric`,
    insert: false,
    update: false,
    select: false,
  })
  keyNumber?: string | null;

  @Column({ type: 'varchar', length: LIMITS.title })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'enum', enum: InitiativeStatus, enumName: 'initiative_status', default: InitiativeStatus.PROPOSED })
  status: InitiativeStatus;

  @Column({ type: 'enum', enum: Health, enumName: 'health', default: Health.ON_TRACK })
  health: Health;

  @Column({ type: 'date', nullable: true })
  startDate: string | null;

  @Column({ type: 'date', nullable: true })
  endDate: string | null;

  @Column({ type: 'varchar', length: LIMITS.owner, nullable: true })
  owner: string | null;

  @Column({ type: 'double precision', nullable: true })
  effortWeeks: number | null;

  @Index('ix_initiative_lead_team_id')
  @Column({ type: 'uuid', nullable: true })
  leadTeamId: string | null;

  @ManyToOne(() => TeamEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'lead_team_id', foreignKeyConstraintName: 'fk_initiative_lead_team' })
  leadTeam?: TeamEntity;

  /** The Jira issue key when imported, e.g. "PLAT-12". */
  @Column({ type: 'varchar', length: 255, nullable: true })
  externalKey: string | null;

  @Column({ type: 'varchar', length: 2048, nullable: true })
  externalUrl: string | null;

  /** Share of child issues done, 0..1, from Jira. */
  @Column({ type: 'double precision', nullable: true })
  progress: number | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
