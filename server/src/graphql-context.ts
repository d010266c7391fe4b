import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { createAuditLoaders } from './audit/audit.loaders';
import { createBaselineLoaders } from './baseline/baseline.loaders';
import { createCheckInLoaders } from './check-in/check-in.loaders';
import { createForecastLoaders } from './forecast/forecast.loaders';
import { Caller, WithCaller } from './auth/caller';
import { createDecisionLoaders } from './decision/decision.loaders';
import { createGoalLoaders } from './goal/goal.loaders';
import { createInitiativeLoaders } from './initiative/initiative.loaders';
import { runsOfConnection } from './jira/runs/sync-runs.loader';
import { createMetricLoaders } from './metric/metric.loaders';
import { createMetricSourceLoaders } from './metric-source/metric-source.loaders';
import { createOutcomeLoaders } from './outcome/outcome.loaders';
import { linkWindowsOfMetric } from './outcome/windows/link-windows.loader';
import { createRiskLoaders } from './risk/risk.loaders';
import { createTeamLoaders } from './team/team.loaders';
import { createUserLoaders } from './user/user.loaders';

/**
 * The DataLoaders of one GraphQL request, each feature's own, composed here so that common/
 * knows no feature. Made fresh per request (in the context), so a response never serves another
 * request's cached rows, and every relation costs one query per level of the query.
 */
export function createLoaders(dataSource: DataSource) {
  const team = createTeamLoaders(dataSource);
  const goal = createGoalLoaders(dataSource);
  const metric = createMetricLoaders(dataSource);
  const initiative = createInitiativeLoaders(dataSource, { team: team.team, goal: goal.goal, metric: metric.metric });
  return {
    ...team,
    ...goal,
    ...metric,
    ...initiative,
    ...createOutcomeLoaders({
      metric: metric.metric,
      measurements: metric.measurements,
      initiativesOfMetric: initiative.initiativesOfMetric,
      linkWindows: linkWindowsOfMetric(dataSource),
    }),
    ...createRiskLoaders(dataSource),
    ...createDecisionLoaders(dataSource, { initiative: initiative.initiative, goal: goal.goal }),
    runsOfConnection: runsOfConnection(dataSource),
    ...createMetricSourceLoaders(dataSource),
    ...createAuditLoaders(dataSource),
    ...createBaselineLoaders(dataSource),
    ...createCheckInLoaders(dataSource),
    ...createForecastLoaders(dataSource),
    ...createUserLoaders(dataSource),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** The GraphQL context of one request. */
export interface RequestContext {
  loaders: Loaders;
  /** The HTTP request: the auth guard leaves the caller on it (CurrentCaller reads it there). */
  req: Request & WithCaller;
  /** Who is calling, once the auth guard has run for the operation. */
  readonly caller: Caller | undefined;
}

export function createRequestContext(dataSource: DataSource, req: Request & WithCaller): RequestContext {
  return {
    loaders: createLoaders(dataSource),
    req,
    get caller() {
      return req.caller;
    },
  };
}
