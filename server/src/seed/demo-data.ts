import { InitiativeStatus, Health, MetricDirection, RiskStatus } from '@throughline/shared';
import { DEMO_INITIATIVES } from './demo-initiatives';

// The demo org, written as data. Periods are relative to the fiscal year the seed runs in:
// "this-Q4" is Q4 of the current fiscal year, "next-H1" the first half of the next one, so the
// roadmap always shows last quarters done, this quarter in progress and next year planned.
// "{next}" in a text becomes the next fiscal year's name ("FY2027").

/** "this", "next", optionally with "-Q1".."-Q4" or "-H1"/"-H2". */
export type RelativePeriod = string;

export interface DemoTeam {
  key: string;
  name: string;
}

export interface DemoGoal {
  ref: string;
  title: string;
  description: string;
  owner: string;
  parent?: string;
  /** Starts with the first period, targets the end of the second. */
  window: [RelativePeriod, RelativePeriod];
}

/** A year of weekly measurements drifting from `from` to `to`, with seeded noise. */
export interface DemoTrend {
  from: number;
  to: number;
  noise: number;
  decimals: number;
}

export interface DemoMetric {
  name: string;
  unit: string;
  direction: MetricDirection;
  baseline: number;
  target: number;
  goal: string;
  trend: DemoTrend;
  /** Reported daily by a deploy pipeline through the push API (load-demo-outcomes.ts) instead of the weekly series. */
  pushed?: boolean;
}

export interface DemoInitiative {
  ref: string;
  title: string;
  description?: string;
  lead: string;
  /** Contributing teams besides the lead. */
  with?: string[];
  /** Starts in the first period and ends in the second. */
  when: [RelativePeriod, RelativePeriod];
  /** Days after the first period's start, and days added to the second period's end (usually ≤ 0). */
  shift?: [number, number];
  status: InitiativeStatus;
  health: Health;
  effortWeeks: number;
  owner: string;
  goals?: string[];
  /** Metric names. */
  metrics?: string[];
  /** Refs of the initiatives this one waits for. */
  dependsOn?: string[];
}

export interface DemoRisk {
  title: string;
  description?: string;
  likelihood: number;
  impact: number;
  status: RiskStatus;
  owner: string;
  mitigation?: string;
  initiative?: string;
  goal?: string;
}

export interface DemoData {
  teams: DemoTeam[];
  goals: DemoGoal[];
  metrics: DemoMetric[];
  initiatives: DemoInitiative[];
  risks: DemoRisk[];
}

const { INCREASE, DECREASE } = MetricDirection;
const { OPEN, MITIGATING, ACCEPTED, CLOSED } = RiskStatus;

export const DEMO_TEAMS: DemoTeam[] = [
  { key: 'PLAT', name: 'Platform' },
  { key: 'INFRA', name: 'Infrastructure' },
  { key: 'CHK', name: 'Checkout' },
  { key: 'SRCH', name: 'Search & Discovery' },
  { key: 'MOB', name: 'Mobile' },
  { key: 'DATA', name: 'Data' },
  { key: 'SEC', name: 'Security' },
  { key: 'GROW', name: 'Growth' },
];

export const DEMO_GOALS: DemoGoal[] = [
  {
    ref: 'churn',
    title: 'Reduce monthly customer churn from 5.2% to 4.7% by end of {next}',
    description:
      'Customers who leave cost us more than any feature earns. Exit surveys name slow, flaky checkout as the first reason to leave; the product team believes p99 checkout latency drives churn.',
    owner: 'Dana Whitfield (VP Customer)',
    window: ['this-H2', 'next'],
  },
  {
    ref: 'checkout',
    parent: 'churn',
    title: 'Make checkout fast and reliable',
    description: 'Fewer failed and abandoned checkouts.',
    owner: 'Marco Silva (Checkout)',
    window: ['this-Q4', 'next-H1'],
  },
  {
    ref: 'search',
    parent: 'churn',
    title: 'Help customers find products on the first search',
    description: 'Every search without a result is a customer we may lose.',
    owner: 'Aiko Tanaka (Search)',
    window: ['this-Q3', 'next-H2'],
  },
  {
    ref: 'mobile',
    parent: 'churn',
    title: 'Mobile app crash-free sessions at 99.8%',
    description: 'Half of our orders come from the apps.',
    owner: 'Lena Fischer (Mobile)',
    window: ['this-H2', 'next-H1'],
  },
  {
    ref: 'revenue',
    title: 'Grow online revenue by 15% in {next}',
    description: 'Company goal for the year, set by the board.',
    owner: 'Sam Okafor (CEO)',
    window: ['next', 'next'],
  },
  {
    ref: 'conversion',
    parent: 'revenue',
    title: 'Raise checkout conversion to 3.6%',
    description: 'From product page view to paid order.',
    owner: 'Marco Silva (Checkout)',
    window: ['this-Q4', 'next'],
  },
  {
    ref: 'activation',
    parent: 'revenue',
    title: 'Activate more new sign-ups in their first week',
    description: 'A customer who orders twice in the first week stays.',
    owner: 'Rosa Delgado (Growth)',
    window: ['next-H1', 'next'],
  },
  {
    ref: 'personal',
    parent: 'revenue',
    title: 'Launch personalised recommendations',
    description: 'Recommendations on the home page, product pages and in email.',
    owner: 'Tomás Varga (Data)',
    window: ['next-H1', 'next-H2'],
  },
  {
    ref: 'platform',
    title: 'Run a reliable, secure platform at 20% lower cost per order',
    description: 'Cloud spend grows faster than orders; it should grow slower, without giving up availability or security.',
    owner: 'Grace Lindqvist (CTO)',
    window: ['this-H2', 'next'],
  },
  {
    ref: 'reliability',
    parent: 'platform',
    title: 'Meet 99.95% availability on customer-facing services',
    description: 'Measured monthly over checkout, search and the apps’ API.',
    owner: 'Noah Brennan (Infrastructure)',
    window: ['this', 'next'],
  },
  {
    ref: 'security',
    parent: 'platform',
    title: 'Pass SOC 2 Type II with no major findings',
    description: 'Enterprise customers ask for it before they sign.',
    owner: 'Irene Kowalski (Security)',
    window: ['this-H2', 'next-H1'],
  },
  {
    ref: 'delivery',
    parent: 'platform',
    title: 'Ship to production safely many times a day',
    description: 'Small, frequent, reversible changes.',
    owner: 'Priya Raman (Platform)',
    window: ['this', 'next-H2'],
  },
];

// prettier-ignore
export const DEMO_METRICS: DemoMetric[] = [
  { name: 'Monthly churn rate', unit: '%', direction: DECREASE, baseline: 5.2, target: 4.7, goal: 'churn', trend: { from: 5.2, to: 5.04, noise: 0.05, decimals: 2 } },
  { name: 'p99 checkout latency', unit: 'ms', direction: DECREASE, baseline: 1200, target: 400, goal: 'churn', trend: { from: 1200, to: 1060, noise: 35, decimals: 0 }, pushed: true },
  { name: 'Checkout error rate', unit: '%', direction: DECREASE, baseline: 1.8, target: 0.5, goal: 'checkout', trend: { from: 1.8, to: 1.15, noise: 0.08, decimals: 2 } },
  { name: 'Search zero-result rate', unit: '%', direction: DECREASE, baseline: 12, target: 6, goal: 'search', trend: { from: 12, to: 8.6, noise: 0.35, decimals: 1 } },
  { name: 'Crash-free sessions', unit: '%', direction: INCREASE, baseline: 99.1, target: 99.8, goal: 'mobile', trend: { from: 99.1, to: 99.48, noise: 0.04, decimals: 2 } },
  { name: 'Monthly online revenue', unit: 'USD', direction: INCREASE, baseline: 8_200_000, target: 9_430_000, goal: 'revenue', trend: { from: 8_200_000, to: 8_760_000, noise: 110_000, decimals: 0 } },
  { name: 'Checkout conversion rate', unit: '%', direction: INCREASE, baseline: 3.1, target: 3.6, goal: 'conversion', trend: { from: 3.1, to: 3.33, noise: 0.04, decimals: 2 } },
  { name: '7-day activation rate', unit: '%', direction: INCREASE, baseline: 38, target: 45, goal: 'activation', trend: { from: 38, to: 40.5, noise: 0.7, decimals: 1 } },
  { name: 'Recommendation click-through', unit: '%', direction: INCREASE, baseline: 2, target: 3.5, goal: 'personal', trend: { from: 2, to: 2.1, noise: 0.08, decimals: 2 } },
  // The one going the wrong way: spend grew faster than orders this year.
  { name: 'Infrastructure cost per order', unit: 'USD', direction: DECREASE, baseline: 0.42, target: 0.34, goal: 'platform', trend: { from: 0.42, to: 0.46, noise: 0.006, decimals: 3 } },
  { name: 'Monthly availability', unit: '%', direction: INCREASE, baseline: 99.8, target: 99.95, goal: 'reliability', trend: { from: 99.8, to: 99.9, noise: 0.02, decimals: 3 } },
  { name: 'Open high-severity vulnerabilities', unit: 'count', direction: DECREASE, baseline: 42, target: 5, goal: 'security', trend: { from: 42, to: 17, noise: 2, decimals: 0 } },
  { name: 'Deploys per day', unit: 'count', direction: INCREASE, baseline: 4, target: 20, goal: 'delivery', trend: { from: 4, to: 11, noise: 1.2, decimals: 0 } },
  { name: 'Change failure rate', unit: '%', direction: DECREASE, baseline: 18, target: 8, goal: 'delivery', trend: { from: 18, to: 12.5, noise: 1.1, decimals: 1 } },
];

/** The worked example's risk. */
const STALE_PRICES: DemoRisk = {
  title: 'Cache invalidation serves stale prices',
  description: 'A price change that does not reach the cache would show customers one price and charge another.',
  likelihood: 3,
  impact: 5,
  status: MITIGATING,
  owner: 'Priya Raman',
  mitigation:
    'Key cached entries by price-list version and purge on every price-change event; compare cached and live prices on 1% of checkouts and alert on any mismatch; a per-region flag bypasses the cache.',
  initiative: 'caching',
};

// prettier-ignore
export const DEMO_RISKS: DemoRisk[] = [
  STALE_PRICES,
  { title: 'Redis migration slips past the start of the caching work', likelihood: 4, impact: 3, status: OPEN, owner: 'Noah Brennan', mitigation: 'Build the read-through cache against the old cluster first; switch the connection once sessions have moved.', initiative: 'caching' },
  { title: 'Session loss during the cut-over logs customers out', likelihood: 2, impact: 4, status: MITIGATING, owner: 'Noah Brennan', mitigation: 'Dual-write sessions for two weeks; cut over at the weekly low point.', initiative: 'redis' },
  { title: 'Payment provider certification takes longer than planned', likelihood: 3, impact: 3, status: OPEN, owner: 'Marco Silva', initiative: 'onePage' },
  { title: 'Cross-shard queries break finance reporting', likelihood: 4, impact: 4, status: OPEN, owner: 'Noah Brennan', mitigation: 'Reporting moves to the warehouse before sharding starts.', initiative: 'sharding' },
  { title: 'Data-residency rules rule out the second region', likelihood: 2, impact: 5, status: OPEN, owner: 'Irene Kowalski', mitigation: 'Legal review of candidate regions before design work.', initiative: 'multiRegion' },
  { title: 'Too little behavioural data for new customers', likelihood: 4, impact: 2, status: ACCEPTED, owner: 'Tomás Varga', mitigation: 'Fall back to best-sellers for customers with fewer than five sessions.', initiative: 'recs' },
  { title: 'Embedding costs exceed the budget', likelihood: 3, impact: 2, status: MITIGATING, owner: 'Aiko Tanaka', mitigation: 'Batch re-embedding nightly; cache query embeddings.', initiative: 'semantic' },
  { title: 'Auditor needs evidence we cannot automate', likelihood: 3, impact: 3, status: OPEN, owner: 'Irene Kowalski', initiative: 'soc2' },
  { title: 'Cart conflicts between devices', likelihood: 3, impact: 2, status: MITIGATING, owner: 'Lena Fischer', mitigation: 'Last write wins per line item, with a visible merge notice.', initiative: 'offlineCart' },
  { title: 'Push certificate change breaks delivery', likelihood: 2, impact: 3, status: CLOSED, owner: 'Lena Fischer', initiative: 'push' },
  { title: 'Long-running migrations lock tables during deploys', likelihood: 4, impact: 3, status: OPEN, owner: 'Priya Raman', mitigation: 'Expand-and-contract migrations only; lint for locking DDL in CI.', initiative: 'zeroDowntime' },
  { title: 'Unclear accounting rules for points liability', likelihood: 3, impact: 4, status: OPEN, owner: 'Rosa Delgado', initiative: 'loyalty' },
  { title: 'Campaigns annoy customers who left on purpose', likelihood: 2, impact: 2, status: ACCEPTED, owner: 'Rosa Delgado', initiative: 'winBack' },
  { title: 'Native dependencies without ARM builds', likelihood: 3, impact: 1, status: OPEN, owner: 'Noah Brennan', initiative: 'arm' },
  { title: 'Critical findings land in peak season', likelihood: 1, impact: 5, status: OPEN, owner: 'Irene Kowalski', mitigation: 'Schedule the test for early in the quarter; keep a fix squad on call.', initiative: 'penTest' },
  { title: 'Spot capacity disappears during batch windows', likelihood: 5, impact: 1, status: ACCEPTED, owner: 'Noah Brennan', initiative: 'spot' },
  { title: 'The upgrade keeps slipping behind feature work', likelihood: 5, impact: 2, status: OPEN, owner: 'Priya Raman', initiative: 'node22' },
  { title: 'Failover untested under real load', likelihood: 4, impact: 5, status: MITIGATING, owner: 'Noah Brennan', mitigation: 'Monthly game days with production traffic replay.', initiative: 'multiAz' },
  { title: 'Support staff rely on undocumented admin features', likelihood: 5, impact: 4, status: OPEN, owner: 'Priya Raman', mitigation: 'Shadow support for a week and list every feature in use.', initiative: 'adminSunset' },
  { title: 'Fraud rises with guest checkout', likelihood: 2, impact: 3, status: CLOSED, owner: 'Marco Silva', initiative: 'guest' },
  { title: 'Deleting old data breaks finance reports', likelihood: 1, impact: 2, status: OPEN, owner: 'Irene Kowalski', initiative: 'retention' },
  { title: 'Churn is driven by pricing, not speed', description: 'If so, faster checkout will not move churn.', likelihood: 2, impact: 4, status: OPEN, owner: 'Dana Whitfield', mitigation: 'Run the churn model on price-sensitivity signals before committing the H2 budget.', goal: 'churn' },
  { title: 'A competitor’s price cut lowers conversion', likelihood: 3, impact: 4, status: ACCEPTED, owner: 'Sam Okafor', goal: 'revenue' },
  { title: 'Key auditor unavailable in the audit window', likelihood: 1, impact: 3, status: OPEN, owner: 'Irene Kowalski', goal: 'security' },
];

export const DEMO_DATA: DemoData = {
  teams: DEMO_TEAMS,
  goals: DEMO_GOALS,
  metrics: DEMO_METRICS,
  initiatives: DEMO_INITIATIVES,
  risks: DEMO_RISKS,
};
