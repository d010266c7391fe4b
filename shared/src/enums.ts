export enum InitiativeStatus {
  PROPOSED = 'PROPOSED',
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

export enum Health {
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  OFF_TRACK = 'OFF_TRACK',
}

/** Which way a metric moving is good. */
export enum MetricDirection {
  INCREASE = 'INCREASE',
  DECREASE = 'DECREASE',
}

export enum RiskStatus {
  OPEN = 'OPEN',
  MITIGATING = 'MITIGATING',
  ACCEPTED = 'ACCEPTED',
  CLOSED = 'CLOSED',
}

export enum RoadmapGroupBy {
  TEAM = 'TEAM',
  GOAL = 'GOAL',
  STATUS = 'STATUS',
}

export enum SyncRunStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
