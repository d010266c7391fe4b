import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { TeamEntity } from '../team/team.entity';

/** Engineer-weeks a team has in one fiscal quarter; no row: not set. */
@Entity('team_capacity')
@Check('ck_team_capacity_period', `period ~ '^FY[0-9]{4}-Q[1-4]$'`)
@Check('ck_team_capacity_weeks', `weeks >= 0 AND weeks <= 100000`)
export class TeamCapacityEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_team_capacity' })
  teamId: string;

  /** The quarter's label, "FY2027-Q1". */
  @PrimaryColumn({ type: 'varchar', length: 10, primaryKeyConstraintName: 'pk_team_capacity' })
  period: string;

  @Column({ type: 'double precision' })
  weeks: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @ManyToOne(() => TeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'fk_team_capacity_team' })
  team?: TeamEntity;
}
