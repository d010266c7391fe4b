import { AlignmentModule } from './alignment/alignment.module';
import { AuditModule } from './audit/audit.module';
import { BaselineModule } from './baseline/baseline.module';
import { CapacityModule } from './capacity/capacity.module';
import { CheckInModule } from './check-in/check-in.module';
import { ForecastModule } from './forecast/forecast.module';
import { ApiTokenModule } from './api-token/api-token.module';
import { DecisionModule } from './decision/decision.module';
import { GoalModule } from './goal/goal.module';
import { InitiativeModule } from './initiative/initiative.module';
import { JiraModule } from './jira/jira.module';
import { MetricModule } from './metric/metric.module';
import { MetricSourceModule } from './metric-source/metric-source.module';
import { OutcomeModule } from './outcome/outcome.module';
import { RiskModule } from './risk/risk.module';
import { RoadmapModule } from './roadmap/roadmap.module';
import { ShareLinkModule } from './share-link/share-link.module';
import { TeamModule } from './team/team.module';
import { UserModule } from './user/user.module';

/** One module per domain feature. */
export const FEATURE_MODULES = [
  TeamModule,
  InitiativeModule,
  GoalModule,
  MetricModule,
  MetricSourceModule,
  OutcomeModule,
  RiskModule,
  RoadmapModule,
  AlignmentModule,
  JiraModule,
  AuditModule,
  BaselineModule,
  CheckInModule,
  ForecastModule,
  UserModule,
  ApiTokenModule,
  ShareLinkModule,
  DecisionModule,
  CapacityModule,
];
