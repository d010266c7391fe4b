import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { InitiativeTeamEntity } from './initiative-links.entity';

/**
 * The share of an initiative's effort one of its teams carries (shares of one initiative sum to
 * 1; none at all: all on the lead team). Tied to the team's link: a team that leaves takes its
 * share with it. Written only through InitiativeStore.setAllocations.
 */
@Entity('initiative_allocation')
@Check('ck_initiative_allocation_share', `share >= 0 AND share <= 1`)
export class InitiativeAllocationEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_initiative_allocation' })
  initiativeId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_initiative_allocation' })
  teamId: string;

  @Column({ type: 'double precision' })
  share: number;

  @ManyToOne(() => InitiativeTeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'initiative_id', referencedColumnName: 'initiativeId', foreignKeyConstraintName: 'fk_initiative_allocation_link' },
    { name: 'team_id', referencedColumnName: 'teamId' },
  ])
  link?: InitiativeTeamEntity;
}
