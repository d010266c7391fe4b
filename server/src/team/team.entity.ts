import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { LIMITS } from '@throughline/shared';

@Entity('team')
@Unique('uq_team_key', ['key'])
@Check('ck_team_key', `key ~ '^[A-Z0-9]{2,10}$'`)
export class TeamEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: LIMITS.teamKey.max })
  key: string;

  @Column({ type: 'varchar', length: LIMITS.name })
  name: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
