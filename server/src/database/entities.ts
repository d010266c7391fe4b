import { ApiTokenEntity } from '../api-token/api-token.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { BaselineEntity, BaselineInitiativeEntity } from '../baseline/baseline.entity';
import { CheckInEntity } from '../check-in/check-in.entity';
import { DecisionEntity, DecisionGoalEntity, DecisionInitiativeEntity } from '../decision/decision.entity';
import { GoalEntity } from '../goal/goal.entity';
import {
  DependencyEntity,
  InitiativeGoalEntity,
  InitiativeMetricEntity,
  InitiativeTeamEntity,
} from '../initiative/initiative-links.entity';
import { InitiativeEntity } from '../initiative/initiative.entity';
import { InitiativeAllocationEntity } from '../initiative/initiative-allocation.entity';
import { TeamCapacityEntity } from '../capacity/team-capacity.entity';
import { JiraConnectionEntity } from '../jira/connection/jira-connection.entity';
import { JiraIssueLinkEntity } from '../jira/sync/jira-issue-link.entity';
import { JiraIssueEntity } from '../jira/sync/jira-issue.entity';
import { SyncRunEntity } from '../jira/runs/sync-run.entity';
import { MeasurementEntity } from '../metric/measurement.entity';
import { MetricEntity } from '../metric/metric.entity';
import { METRIC_SOURCE_ENTITIES } from '../metric-source/metric-source.entities';
import { RiskEntity } from '../risk/risk.entity';
import { TeamEntity } from '../team/team.entity';
import { SetPasswordLinkEntity } from '../user/set-password-link.entity';
import { UserEntity } from '../user/user.entity';
import { SessionEntity } from '../session/session.entity';
import { SignInFailureEntity } from '../session/sign-in-failure.entity';
import { ShareLinkEntity } from '../share-link/share-link.entity';

/** Every entity; the app, the CLI and the tests build their DataSource from this list. */
export const ENTITIES = [
  TeamEntity,
  GoalEntity,
  MetricEntity,
  MeasurementEntity,
  InitiativeEntity,
  InitiativeTeamEntity,
  InitiativeGoalEntity,
  InitiativeMetricEntity,
  DependencyEntity,
  RiskEntity,
  JiraConnectionEntity,
  SyncRunEntity,
  JiraIssueEntity,
  JiraIssueLinkEntity,
  UserEntity,
  SessionEntity,
  SignInFailureEntity,
  SetPasswordLinkEntity,
  ApiTokenEntity,
  ShareLinkEntity,
  AuditEventEntity,
  BaselineEntity,
  BaselineInitiativeEntity,
  DecisionEntity,
  DecisionInitiativeEntity,
  DecisionGoalEntity,
  CheckInEntity,
  TeamCapacityEntity,
  InitiativeAllocationEntity,
  ...METRIC_SOURCE_ENTITIES,
];
