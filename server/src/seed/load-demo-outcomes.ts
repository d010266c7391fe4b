import { ActorKind, addDays, todayIso } from '@throughline/shared';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Actor, SYSTEM_ACTOR } from '../auth/caller';
import { InitiativeStore } from '../initiative/initiative-store';
import { MeasurementEntity } from '../metric/measurement.entity';
import { upsertMeasurements } from '../metric/measurement-store';
import { MetricEntity } from '../metric/metric.entity';
import { DemoData } from './demo-data';
import { DEMO_OUTCOME_METRICS, DEMO_OUTCOME_STATUS, DEMO_OUTCOME_WORK, dailyValues, releaseReports } from './demo-outcomes';
import { DemoRows } from './demo-rows';

const NOISE_SEED = 9_001;

/** The audit trail's name for the demo's deploy pipeline, as its API token would show. */
export const DEPLOY_PIPELINE: Actor = {
  kind: ActorKind.API_TOKEN,
  name: 'token deploy-pipeline (demo)',
  userId: null,
  tokenId: null,
  requestId: null,
};

/**
 * Adds the outcome stories (demo-outcomes.ts) to the demo org in the seed's transaction: their
 * metrics with a year of daily measurements, their finished work through the initiative store, and
 * the worked example's latency reported after each day's release through the push path.
 */
export async function loadDemoOutcomes(manager: EntityManager, store: InitiativeStore, data: DemoData, rows: DemoRows, now: Date) {
  const goalOf = new Map(data.goals.map((goal, i) => [goal.ref, rows.goals[i]]));
  const teamIdOf = new Map(rows.teams.map((team) => [team.key, team.id!]));
  const metricIdOf = new Map(DEMO_OUTCOME_METRICS.map((metric) => [metric.name, randomUUID()]));

  await manager.insert(
    MetricEntity,
    DEMO_OUTCOME_METRICS.map(({ shape: _shape, goal, ...metric }) => ({
      ...metric,
      id: metricIdOf.get(metric.name),
      goalId: goalOf.get(goal)!.id,
      targetDate: goalOf.get(goal)!.targetDate,
    })),
  );
  await manager.insert(
    MeasurementEntity,
    DEMO_OUTCOME_METRICS.flatMap((metric, i) =>
      dailyValues(metric.shape, now, NOISE_SEED + i).map((point) => ({
        id: randomUUID(),
        metricId: metricIdOf.get(metric.name),
        value: point.value,
        recordedAt: point.at,
      })),
    ),
  );
  const today = todayIso(now);
  await store.insert(
    manager,
    SYSTEM_ACTOR,
    DEMO_OUTCOME_WORK.map((work) => ({
      ...DEMO_OUTCOME_STATUS,
      title: work.title,
      description: work.description,
      startDate: addDays(today, work.start),
      endDate: addDays(today, work.end),
      owner: work.owner,
      effortWeeks: work.effortWeeks,
      leadTeamId: teamIdOf.get(work.lead)!,
      teamIds: (work.with ?? []).map((key) => teamIdOf.get(key)!),
      goalIds: [goalOf.get(DEMO_OUTCOME_METRICS.find((metric) => metric.name === work.metric)!.goal)!.id!],
      metricIds: [metricIdOf.get(work.metric)!],
    })),
  );

  for (const metric of data.metrics.filter((m) => m.pushed)) {
    const metricId = rows.metrics.find((row) => row.name === metric.name)!.id!;
    // One push per release, as `curl -X POST /api/v1/metrics/{id}/measurements` from the pipeline.
    for (const report of releaseReports(metric.trend, now, NOISE_SEED))
      await upsertMeasurements(manager, DEPLOY_PIPELINE, metricId, [report]);
  }
}
