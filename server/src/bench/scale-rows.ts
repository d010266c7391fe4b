import { addDays, daysBetween, Health, InitiativeStatus, MetricDirection, Period, RiskStatus } from '@throughline/shared';
import { Prng } from '../seed/prng';

/** The size of a large engineering org (PRODUCT.md, "Scale it must handle"). */
export const SCALE = {
  teams: 60,
  goals: 500,
  rootGoals: 12,
  metrics: 1000,
  weeksOfMeasurements: 52,
  initiatives: 5000,
  risks: 2000,
  dependencies: 10_000,
  /** A dependent waits only for one of the initiatives started just before it (this many keys back). */
  blockerReach: 400,
} as const;

export type OrgSize = { readonly [K in keyof typeof SCALE]: number };

/** The org `factor` times as large (4: 240 teams, 20,000 initiatives, 40,000 dependencies) over the same year. */
export function scaledOrg(factor: number): OrgSize {
  const grown = { ...SCALE } as Record<keyof OrgSize, number>;
  for (const key of ['teams', 'goals', 'metrics', 'initiatives', 'risks', 'dependencies', 'blockerReach'] as const) {
    grown[key] = SCALE[key] * factor;
  }
  return grown;
}

/** Rows by table name, with snake_case column names; measurements are made in SQL (see scale-data.ts). */
export type ScaleRows = Record<
  'team' | 'goal' | 'metric' | 'initiative' | 'initiative_team' | 'initiative_goal' | 'initiative_metric' | 'dependency' | 'risk',
  object[]
>;

const OWNERS = [
  'Alex Kim',
  'Bea Novak',
  'Chen Wei',
  'Dara Singh',
  'Eli Moreau',
  'Fatima Ali',
  'Gus Olsen',
  'Hana Sato',
  'Ivan Petrov',
  'Jo Mensah',
];
const VERBS = ['Migrate', 'Redesign', 'Automate', 'Harden', 'Split', 'Speed up', 'Rebuild', 'Retire', 'Scale', 'Instrument'];
const NOUNS = [
  'the billing service',
  'search indexing',
  'the session store',
  'the mobile API',
  'order events',
  'the CI pipeline',
  'the data warehouse',
  'feature flags',
  'the admin console',
  'payments',
];
const LOREM =
  'Scope, approach and success criteria agreed with the teams involved; rollout behind a flag, region by region, with a rollback plan. ';

/** `count` distinct picks among 0..n-1. */
function distinct(random: Prng, n: number, count: number): number[] {
  const picked = new Set<number>();
  while (picked.size < Math.min(count, n)) picked.add(random.int(0, n - 1));
  return [...picked];
}

function teams(random: Prng, size: OrgSize) {
  return Array.from({ length: size.teams }, (_, i) => ({
    id: random.uuid(),
    key: `T${String(i + 1).padStart(2, '0')}`,
    name: `Team ${random.pick(NOUNS)} ${i + 1}`,
  }));
}

/** A tree: the first goals are roots, every later one hangs under an earlier goal of the first fifth. */
function goals(random: Prng, year: Period, size: OrgSize) {
  const rows: Array<{ id: string; title: string; owner: string; parent_id: string | null; start_date: string; target_date: string }> = [];
  for (let i = 0; i < size.goals; i++) {
    const parent = i < size.rootGoals ? null : rows[random.int(0, Math.min(i, size.goals / 5) - 1)].id;
    const start = addDays(year.start, random.int(0, 90));
    rows.push({
      id: random.uuid(),
      title: `Goal ${i + 1}: ${random.pick(VERBS).toLowerCase()} ${random.pick(NOUNS)}`,
      owner: random.pick(OWNERS),
      parent_id: parent,
      start_date: start,
      target_date: year.end,
    });
  }
  return rows;
}

function metrics(random: Prng, goalIds: string[], year: Period, size: OrgSize) {
  return Array.from({ length: size.metrics }, (_, i) => {
    const direction = random.next() < 0.5 ? MetricDirection.INCREASE : MetricDirection.DECREASE;
    const baseline = random.int(10, 1000);
    const delta = Math.max(1, Math.round(baseline * (0.1 + random.next() * 0.4)));
    const target = direction === MetricDirection.INCREASE ? baseline + delta : baseline - delta;
    return {
      id: random.uuid(),
      name: `Metric ${i + 1}`,
      unit: random.pick(['%', 'ms', 'count', 'USD']),
      direction,
      baseline,
      target,
      target_date: year.end,
      goal_id: goalIds[i % goalIds.length],
    };
  });
}

/** Keys follow start dates, so a later key never starts before an earlier one. */
function initiatives(random: Prng, teamIds: string[], year: Period, size: OrgSize) {
  const span = daysBetween(year.start, year.end);
  const dated = Array.from({ length: size.initiatives }, () => {
    const start = random.int(0, span - 14);
    return { start, end: Math.min(span, start + random.int(14, 140)) };
  }).sort((a, b) => a.start - b.start);
  return dated.map(({ start, end }, i) => ({
    id: random.uuid(),
    key: `TL-${i + 1}`,
    title: `${random.pick(VERBS)} ${random.pick(NOUNS)} (${i + 1})`,
    description: LOREM.repeat(random.int(0, 3)) || null,
    status: random.weighted(Object.values(InitiativeStatus), [2, 4, 3, 2, 0.5]),
    health: random.weighted(Object.values(Health), [6, 2, 1]),
    start_date: addDays(year.start, start),
    end_date: addDays(year.start, end),
    owner: random.pick(OWNERS),
    effort_weeks: random.int(1, 40),
    lead_team_id: random.pick(teamIds),
  }));
}

type InitiativeRow = ReturnType<typeof initiatives>[number];

/** Teams 1-3 (the lead among them), goals 0-2, metrics 0-2 per initiative. */
function links(random: Prng, items: InitiativeRow[], teamIds: string[], goalIds: string[], metricIds: string[]) {
  const team = items.flatMap((item) => {
    const others = distinct(random, teamIds.length, random.int(0, 2)).map((n) => teamIds[n]);
    return [...new Set([item.lead_team_id, ...others])].map((team_id) => ({ initiative_id: item.id, team_id }));
  });
  const goal = items.flatMap((item) =>
    distinct(random, goalIds.length, random.weighted([0, 1, 2], [1, 2, 1])).map((n) => ({ initiative_id: item.id, goal_id: goalIds[n] })),
  );
  const metric = items.flatMap((item) =>
    distinct(random, metricIds.length, random.int(0, 2)).map((n) => ({ initiative_id: item.id, metric_id: metricIds[n] })),
  );
  return { team, goal, metric };
}

/** Only from a later key to an earlier one (so no cycle); mostly blockers that end in time. */
function dependencies(random: Prng, items: InitiativeRow[], size: OrgSize) {
  const pairs = new Set<string>();
  const rows: Array<{ dependent_id: string; blocker_id: string }> = [];
  while (rows.length < size.dependencies) {
    const dependent = random.int(1, items.length - 1);
    let blocker = random.int(Math.max(0, dependent - size.blockerReach), dependent - 1);
    for (let tries = 0; tries < 4 && items[blocker].end_date > items[dependent].start_date && random.next() < 0.9; tries++) {
      blocker = random.int(Math.max(0, dependent - size.blockerReach), dependent - 1);
    }
    const pair = `${dependent}:${blocker}`;
    if (pairs.has(pair)) continue;
    pairs.add(pair);
    rows.push({ dependent_id: items[dependent].id, blocker_id: items[blocker].id });
  }
  return rows;
}

function risks(random: Prng, initiativeIds: string[], goalIds: string[], size: OrgSize) {
  return Array.from({ length: size.risks }, (_, i) => {
    const onGoal = random.next() < 0.15;
    return {
      id: random.uuid(),
      title: `Risk ${i + 1}: ${random.pick(NOUNS)} ${random.pick(['slips', 'breaks', 'costs more', 'loses data', 'needs a rewrite'])}`,
      likelihood: random.int(1, 5),
      impact: random.int(1, 5),
      status: random.weighted(Object.values(RiskStatus), [4, 3, 1, 2]),
      owner: random.pick(OWNERS),
      mitigation: random.next() < 0.6 ? LOREM : null,
      initiative_id: onGoal ? null : random.pick(initiativeIds),
      goal_id: onGoal ? random.pick(goalIds) : null,
    };
  });
}

/** The whole large org, the same on every run for a given seed and size. */
export function generateScaleRows(year: Period, seed = 42, size: OrgSize = SCALE): ScaleRows {
  const random = new Prng(seed);
  const teamRows = teams(random, size);
  const teamIds = teamRows.map((t) => t.id);
  const goalRows = goals(random, year, size);
  const goalIds = goalRows.map((g) => g.id);
  const metricRows = metrics(random, goalIds, year, size);
  const initiativeRows = initiatives(random, teamIds, year, size);
  const linked = links(
    random,
    initiativeRows,
    teamIds,
    goalIds,
    metricRows.map((m) => m.id),
  );
  return {
    team: teamRows,
    goal: goalRows,
    metric: metricRows,
    initiative: initiativeRows,
    initiative_team: linked.team,
    initiative_goal: linked.goal,
    initiative_metric: linked.metric,
    dependency: dependencies(random, initiativeRows, size),
    risk: risks(
      random,
      initiativeRows.map((i) => i.id),
      goalIds,
      size,
    ),
  };
}
