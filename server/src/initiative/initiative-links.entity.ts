import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { GoalEntity } from '../goal/goal.entity';
import { MetricEntity } from '../metric/metric.entity';
import { TeamEntity } from '../team/team.entity';
import { InitiativeEntity } from './initiative.entity';

// The many-to-many links of an initiative, as plain tables that loaders and SQL read directly.

/** Every team contributing to an initiative, its lead team included. */
@Entity('initiative_team')
@Index('ix_initiative_team_team_id', ['teamId'])
export class InitiativeTeamEntity {
  @PrimaryColumn('uuid')
  initiativeId: string;

  @PrimaryColumn('uuid')
  teamId: string;

  @ManyToOne(() => InitiativeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id', foreignKeyConstraintName: 'fk_initiative_team_initiative' })
  initiative?: InitiativeEntity;

  @ManyToOne(() => TeamEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'fk_initiative_team_team' })
  team?: TeamEntity;
}

@Entity('initiative_goal')
@Index('ix_initiative_goal_goal_id', ['goalId'])
export class InitiativeGoalEntity {
  @PrimaryColumn('uuid')
  initiativeId: string;

  @PrimaryColumn('uuid')
  goalId: string;

  @ManyToOne(() => InitiativeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id', foreignKeyConstraintName: 'fk_initiative_goal_initiative' })
  initiative?: InitiativeEntity;

  @ManyToOne(() => GoalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'goal_id', foreignKeyConstraintName: 'fk_initiative_goal_goal' })
  goal?: GoalEntity;
}

@Entity('initiative_metric')
@Index('ix_initiative_metric_metric_id', ['metricId'])
@Check(
  'ck_initiative_metric_windows',
  `(pre_days IS NULL OR pre_days BETWEEN 7 AND 182) AND (settle_days IS NULL OR settle_days BETWEEN 0 AND 365) AND (post_days IS NULL OR post_days BETWEEN 7 AND 365)`,
)
export class InitiativeMetricEntity {
  @PrimaryColumn('uuid')
  initiativeId: string;

  @PrimaryColumn('uuid')
  metricId: string;

  /** Outcome windows of this link when they differ from the defaults (outcome/windows); null: the default. */
  @Column({ type: 'int', nullable: true })
  preDays: number | null;

  @Column({ type: 'int', nullable: true })
  settleDays: number | null;

  @Column({ type: 'int', nullable: true })
  postDays: number | null;

  @ManyToOne(() => InitiativeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'initiative_id', foreignKeyConstraintName: 'fk_initiative_metric_initiative' })
  initiative?: InitiativeEntity;

  @ManyToOne(() => MetricEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'metric_id', foreignKeyConstraintName: 'fk_initiative_metric_metric' })
  metric?: MetricEntity;
}

/** Who made a dependency: a person (or script) through the API, or a Jira "Blocks" link. */
export enum DependencyOrigin {
  MANUAL = 'MANUAL',
  JIRA = 'JIRA',
}

/** `dependentId` depends on `blockerId`: the blocker must end before the dependent starts. */
@Entity('dependency')
@Index('ix_dependency_blocker_id', ['blockerId'])
@Check('ck_dependency_not_self', `dependent_id <> blocker_id`)
@Check('ck_dependency_origin', `origin IN ('MANUAL', 'JIRA')`)
export class DependencyEntity {
  @PrimaryColumn('uuid')
  dependentId: string;

  @PrimaryColumn('uuid')
  blockerId: string;

  /** JIRA: read-only here (Jira owns it) and removed by the sync when the link goes. */
  @Column({ type: 'varchar', length: 10, default: DependencyOrigin.MANUAL })
  origin: DependencyOrigin;

  @ManyToOne(() => InitiativeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'dependent_id', foreignKeyConstraintName: 'fk_dependency_dependent' })
  dependent?: InitiativeEntity;

  @ManyToOne(() => InitiativeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'blocker_id', foreignKeyConstraintName: 'fk_dependency_blocker' })
  blocker?: InitiativeEntity;
}
