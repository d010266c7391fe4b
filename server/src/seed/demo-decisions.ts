import { addDays, todayIso } from '@throughline/shared';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { SYSTEM_ACTOR } from '../auth/caller';
import { insertDecisions, NewDecision } from '../decision/decision-store';
import { DecisionStatus } from '../decision/decision.model';
import { DemoRows } from './demo-rows';

// The ADRs the caching work rests on (PRODUCT.md's worked example): the ad-hoc caches it replaces,
// the decision to build one read-through cache, how it stays correct, and the shared Redis cluster
// that ties it to the migration.
interface DemoDecision {
  title: string;
  status: DecisionStatus;
  daysAgo: number;
  deciders: string;
  context: string;
  decision: string;
  consequences: string;
  initiatives: string[];
  /** Link the goals the first initiative serves. */
  withGoals?: boolean;
  supersededBy?: number;
}

const CACHING = 'Redesign the caching layer';
const REDIS = 'Migrate sessions to the new Redis cluster';

const DEMO_DECISIONS: DemoDecision[] = [
  {
    title: 'Let each service cache what it reads',
    status: DecisionStatus.SUPERSEDED,
    daysAgo: 900,
    deciders: 'Platform team',
    context: 'Checkout, product pages and search each read prices and stock from their owners on every request.',
    decision: 'Each service keeps an in-process cache of what it reads, with its own expiry.',
    consequences: '- Fast to start, no shared infrastructure\n- Five ways to invalidate, and prices that disagree between pages',
    initiatives: [],
    supersededBy: 2,
  },
  {
    title: 'Build one read-through cache for prices, stock and sessions',
    status: DecisionStatus.ACCEPTED,
    daysAgo: 40,
    deciders: 'Priya Raman, Noah Brennan, Marco Silva',
    context:
      'p99 checkout latency is **1,200 ms**, most of it price and stock look-ups. The per-service caches of ADR-0001 disagree with each other and cannot be purged together.',
    decision:
      'Put one read-through cache in front of the price, stock and session services, shared by checkout and the product pages, on the new Redis cluster.\n\nTarget: p99 checkout latency of 400 ms.',
    consequences:
      '- One place to purge when a price changes\n- Checkout depends on the Redis cluster: the caching work waits for the migration\n- The per-service caches are removed as each service moves',
    initiatives: [CACHING],
    withGoals: true,
  },
  {
    title: 'Key cached prices by price-list version',
    status: DecisionStatus.ACCEPTED,
    daysAgo: 25,
    deciders: 'Priya Raman',
    context: 'A price change that does not reach the cache would show customers one price and charge another.',
    decision:
      'Every cached price is keyed by its price-list version; a price-change event bumps the version, so old entries are never read again. A per-region flag bypasses the cache.',
    consequences: '- No purge race on a price change\n- Old versions linger until they expire: size the cache for two versions',
    initiatives: [CACHING],
  },
  {
    title: 'Share the new Redis cluster between sessions and the cache',
    status: DecisionStatus.PROPOSED,
    daysAgo: 10,
    deciders: 'Noah Brennan',
    context: 'Sessions move to the new Redis cluster; the read-through cache needs a Redis of its own or a share of that one.',
    decision: 'Run the cache on the same cluster, in its own logical database, with memory limits per tenant.',
    consequences: '- One cluster to run\n- If the migration slips, the caching work slips with it (or starts on the old primary)',
    initiatives: [CACHING, REDIS],
  },
];

/** The demo ADRs, replacing any decisions there, linked to the demo initiatives (and their goals) by title. */
export async function loadDemoDecisions(manager: EntityManager, rows: DemoRows, now: Date): Promise<void> {
  await manager.query(`DELETE FROM decision`);
  const initiativeOf = (title: string) => {
    const initiative = rows.initiatives.find((row) => row.title === title);
    if (!initiative?.id) throw new Error(`The demo decisions name an unknown initiative "${title}"`);
    return initiative;
  };
  const today = todayIso(now);
  const ids = DEMO_DECISIONS.map(() => randomUUID());
  const decisions: NewDecision[] = DEMO_DECISIONS.map((demo, i) => ({
    id: ids[i],
    number: i + 1,
    supersededById: demo.supersededBy ? ids[demo.supersededBy - 1] : null,
    title: demo.title,
    status: demo.status,
    decidedOn: addDays(today, -demo.daysAgo),
    deciders: demo.deciders,
    context: demo.context,
    decision: demo.decision,
    consequences: demo.consequences,
    initiativeIds: demo.initiatives.map((title) => initiativeOf(title).id!),
    goalIds: demo.withGoals ? (initiativeOf(demo.initiatives[0]).goalIds ?? []) : [],
  }));
  await insertDecisions(manager, SYSTEM_ACTOR, decisions);
}
