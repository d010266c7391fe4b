import { ActorKind, addDays, Health, InitiativeStatus } from '@throughline/shared';
import { EntityManager } from 'typeorm';
import { Actor, SYSTEM_ACTOR } from '../auth/caller';
import { CheckInStore, NewCheckIn } from '../check-in/check-in-store';
import { DependencyStore } from '../initiative/dependency-store';
import { DependencyOrigin } from '../initiative/initiative-links.entity';
import type { DemoData } from './demo-data';
import type { DemoRows } from './demo-rows';

// The check-ins of the demo, for the forecast's story (PRODUCT.md's worked example): the Redis
// migration's owner expects it three weeks late, which pushes the caching work and, through the
// loyalty points that read balances from the new cache, the churn goal past its date. Every other
// piece of work in progress had an update in the last ten days but one, which is stale.

const REDIS_SLIP_DAYS = 21;
const STALE_REF = 'dbt';
const DAY_MS = 86_400_000;

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);
// Posted in the owner's name (the demo has no accounts for them).
const author = (name: string): Actor => ({ kind: ActorKind.USER, name, userId: null, tokenId: null, requestId: null });

const ROUTINE: Record<Health, string> = {
  [Health.ON_TRACK]: 'On plan. This week: finished the next slice, **no blockers**.',
  [Health.AT_RISK]: 'Behind by a few days; we are **watching** the open risk and will say more next week.',
  [Health.OFF_TRACK]: 'Off plan: the estimate was wrong. Re-planning with the team; new dates **by Friday**.',
};

export async function loadDemoCheckIns(manager: EntityManager, data: DemoData, rows: DemoRows, now: Date): Promise<void> {
  const items = data.initiatives.map((item, i) => ({ item, row: rows.initiatives[i] }));
  const byRef = new Map(items.map((entry) => [entry.item.ref, entry]));
  const store = new CheckInStore();
  const inProgress = items.filter(({ row }) => row.status === InitiativeStatus.IN_PROGRESS);
  for (const [i, { item, row }] of inProgress.entries()) {
    if (item.ref === 'redis') continue;
    const ago = item.ref === STALE_REF ? 26 : 1 + (i % 10);
    const checkIn = {
      initiativeId: row.id!,
      health: row.health!,
      body: ROUTINE[row.health!],
      expectedEndDate: null,
      createdAt: daysBefore(now, ago),
    };
    await store.insert(manager, author(item.owner), [checkIn]);
  }
  const redis = byRef.get('redis')!;
  const slipped: NewCheckIn[] = [
    {
      initiativeId: redis.row.id!,
      health: Health.ON_TRACK,
      body: 'Staging cluster up; sessions replicate both ways.',
      expectedEndDate: null,
      createdAt: daysBefore(now, 18),
    },
    {
      initiativeId: redis.row.id!,
      health: redis.row.health!,
      body: `The EU shards' cut-over failed its load test twice: the new cluster drops connections above 40k clients. Vendor fix promised; **expect the end three weeks later**. The caching work cannot switch to the new cluster before then.`,
      expectedEndDate: addDays(redis.row.endDate!, REDIS_SLIP_DAYS),
      createdAt: daysBefore(now, 4),
    },
  ];
  await store.insert(manager, author(redis.item.owner), slipped);
  // Loyalty balances are read at checkout through the new cache: the chain that carries the slip to the churn goal.
  const { refused } = await new DependencyStore().add(
    manager,
    SYSTEM_ACTOR,
    [{ dependentId: byRef.get('loyalty')!.row.id!, blockerId: byRef.get('caching')!.row.id! }],
    DependencyOrigin.MANUAL,
  );
  if (refused.length) throw new Error('The demo check-ins close a dependency cycle');
}
