import { Health, InitiativeStatus } from '@throughline/shared';
import type { DemoInitiative } from './demo-data';

// Sixty initiatives over this fiscal year and the next, in the order they get their keys.
// Statuses read as of late in the current fiscal year: earlier quarters done, this one under
// way, next year planned or proposed. Four dependencies conflict (the blocker ends after the
// dependent starts), the worked example's among them; nine initiatives serve no goal.

const { PROPOSED, PLANNED, IN_PROGRESS, DONE, CANCELLED } = InitiativeStatus;
const { ON_TRACK, AT_RISK, OFF_TRACK } = Health;

// The worked example of PRODUCT.md: the caching work waits for the Redis migration, which
// ends after it starts (a schedule conflict the roadmap shows).
const REDIS_MIGRATION: DemoInitiative = {
  ref: 'redis',
  title: 'Migrate sessions to the new Redis cluster',
  description: 'Move customer sessions off the ageing Redis primary onto the new clustered Redis, which the new caching layer will share.',
  lead: 'INFRA',
  with: ['PLAT'],
  when: ['this-Q4', 'next-Q1'],
  shift: [0, -20],
  status: IN_PROGRESS,
  health: AT_RISK,
  effortWeeks: 10,
  owner: 'Noah Brennan',
  goals: ['reliability'],
};

const CACHING_LAYER: DemoInitiative = {
  ref: 'caching',
  title: 'Redesign the caching layer',
  description:
    'Replace per-service ad-hoc caches with one read-through cache for prices, stock and sessions, shared by checkout and the product pages. Expected to bring p99 checkout latency from 1,200 ms to 400 ms.',
  lead: 'PLAT',
  with: ['CHK'],
  when: ['next-Q1', 'next-Q2'],
  shift: [11, -12],
  status: PLANNED,
  health: AT_RISK,
  effortWeeks: 26,
  owner: 'Priya Raman',
  goals: ['churn'],
  metrics: ['p99 checkout latency'],
  dependsOn: ['redis'],
};

// One line per initiative, so the list reads as a table.
// prettier-ignore
const THIS_YEAR: DemoInitiative[] = [
  { ref: 'k8s', title: 'Upgrade Kubernetes clusters to 1.31', lead: 'INFRA', when: ['this-Q1', 'this-Q1'], shift: [7, -14], status: DONE, health: ON_TRACK, effortWeeks: 6, owner: 'Noah Brennan', goals: ['reliability'] },
  { ref: 'sso', title: 'Single sign-on for the admin console', lead: 'SEC', with: ['PLAT'], when: ['this-Q1', 'this-Q1'], shift: [14, 0], status: DONE, health: ON_TRACK, effortWeeks: 5, owner: 'Irene Kowalski', goals: ['security'] },
  { ref: 'split', title: 'Split checkout out of the monolith', lead: 'CHK', with: ['PLAT'], when: ['this-Q1', 'this-Q2'], shift: [0, -20], status: DONE, health: ON_TRACK, effortWeeks: 24, owner: 'Marco Silva', goals: ['checkout', 'delivery'], metrics: ['Checkout error rate'] },
  { ref: 'relevance', title: 'Search relevance tuning, first pass', lead: 'SRCH', when: ['this-Q1', 'this-Q1'], status: DONE, health: ON_TRACK, effortWeeks: 8, owner: 'Aiko Tanaka', goals: ['search'], metrics: ['Search zero-result rate'] },
  { ref: 'crashSdk', title: 'Crash reporting SDK in the mobile apps', lead: 'MOB', when: ['this-Q1', 'this-Q1'], shift: [21, -30], status: DONE, health: ON_TRACK, effortWeeks: 3, owner: 'Lena Fischer', goals: ['mobile'], metrics: ['Crash-free sessions'] },
  { ref: 'events', title: 'Event pipeline on Kafka', lead: 'DATA', with: ['INFRA'], when: ['this-Q1', 'this-Q2'], shift: [10, 0], status: DONE, health: ON_TRACK, effortWeeks: 20, owner: 'Tomás Varga', goals: ['personal'] },
  { ref: 'onboarding', title: 'Onboarding email sequence', lead: 'GROW', when: ['this-Q1', 'this-Q1'], shift: [30, 0], status: DONE, health: ON_TRACK, effortWeeks: 4, owner: 'Rosa Delgado', goals: ['activation'], metrics: ['7-day activation rate'] },
  { ref: 'tokens', title: 'Design tokens for the web and mobile apps', lead: 'MOB', with: ['GROW'], when: ['this-Q1', 'this-Q1'], status: DONE, health: ON_TRACK, effortWeeks: 6, owner: 'Jonas Berg' },
  { ref: 'ci', title: 'Cut CI time to under ten minutes', lead: 'PLAT', when: ['this-Q2', 'this-Q2'], shift: [0, -15], status: DONE, health: ON_TRACK, effortWeeks: 8, owner: 'Priya Raman', goals: ['delivery'], metrics: ['Deploys per day'] },
  { ref: 'retries', title: 'Smart retries for declined payments', lead: 'CHK', when: ['this-Q2', 'this-Q2'], shift: [14, 0], status: DONE, health: ON_TRACK, effortWeeks: 6, owner: 'Marco Silva', goals: ['conversion'], metrics: ['Checkout conversion rate'] },
  { ref: 'scanning', title: 'Container vulnerability scanning in CI', lead: 'SEC', with: ['PLAT'], when: ['this-Q2', 'this-Q2'], status: DONE, health: ON_TRACK, effortWeeks: 5, owner: 'Irene Kowalski', goals: ['security'], metrics: ['Open high-severity vulnerabilities'] },
  { ref: 'pg16', title: 'Upgrade the main Postgres to 16', lead: 'INFRA', when: ['this-Q2', 'this-Q2'], shift: [20, 0], status: DONE, health: AT_RISK, effortWeeks: 6, owner: 'Noah Brennan', goals: ['reliability'] },
  { ref: 'autocomplete', title: 'Search autocomplete', lead: 'SRCH', with: ['MOB'], when: ['this-Q2', 'this-Q3'], shift: [0, -30], status: DONE, health: ON_TRACK, effortWeeks: 12, owner: 'Aiko Tanaka', goals: ['search'], metrics: ['Search zero-result rate'] },
  { ref: 'abTests', title: 'Experimentation platform for A/B tests', lead: 'DATA', with: ['GROW'], when: ['this-Q2', 'this-Q3'], status: DONE, health: ON_TRACK, effortWeeks: 16, owner: 'Tomás Varga', goals: ['conversion', 'activation'] },
  { ref: 'logTiers', title: 'Move logs to cheaper tiered storage', lead: 'INFRA', when: ['this-Q2', 'this-Q2'], status: CANCELLED, health: OFF_TRACK, effortWeeks: 4, owner: 'Noah Brennan', goals: ['platform'] },
  { ref: 'flags', title: 'Self-service feature flags', lead: 'PLAT', when: ['this-Q3', 'this-Q3'], shift: [0, -10], status: DONE, health: ON_TRACK, effortWeeks: 6, owner: 'Priya Raman', goals: ['delivery'], metrics: ['Change failure rate'] },
  { ref: 'guest', title: 'Guest checkout', lead: 'CHK', with: ['GROW'], when: ['this-Q3', 'this-Q3'], status: DONE, health: ON_TRACK, effortWeeks: 8, owner: 'Marco Silva', goals: ['conversion'], metrics: ['Checkout conversion rate'], dependsOn: ['split'] },
  { ref: 'offlineCart', title: 'Offline cart in the mobile app', lead: 'MOB', when: ['this-Q3', 'this-Q4'], shift: [14, -30], status: IN_PROGRESS, health: AT_RISK, effortWeeks: 10, owner: 'Lena Fischer', goals: ['mobile'], dependsOn: ['tokens'] },
  { ref: 'secrets', title: 'Automatic secrets rotation', lead: 'SEC', with: ['INFRA'], when: ['this-Q3', 'this-Q3'], status: DONE, health: ON_TRACK, effortWeeks: 5, owner: 'Irene Kowalski', goals: ['security'] },
  { ref: 'dbt', title: 'Move the warehouse models to dbt', lead: 'DATA', when: ['this-Q3', 'this-Q4'], status: IN_PROGRESS, health: ON_TRACK, effortWeeks: 12, owner: 'Tomás Varga' },
  { ref: 'rateLimits', title: 'Rate limits on the public API', lead: 'PLAT', with: ['SEC'], when: ['this-Q3', 'this-Q3'], shift: [20, 0], status: DONE, health: ON_TRACK, effortWeeks: 4, owner: 'Priya Raman', goals: ['reliability'] },
  { ref: 'node22', title: 'Upgrade the monolith to Node 22', lead: 'PLAT', when: ['this-Q3', 'this-Q3'], status: IN_PROGRESS, health: OFF_TRACK, effortWeeks: 5, owner: 'Ben Adeyemi' },
  REDIS_MIGRATION,
  { ref: 'multiAz', title: 'Multi-AZ failover for the order database', lead: 'INFRA', when: ['this-Q4', 'this-Q4'], status: IN_PROGRESS, health: ON_TRACK, effortWeeks: 8, owner: 'Noah Brennan', goals: ['reliability'], metrics: ['Monthly availability'], dependsOn: ['pg16'] },
  { ref: 'semantic', title: 'Semantic search with embeddings', lead: 'SRCH', with: ['DATA'], when: ['this-Q4', 'next-Q1'], shift: [0, -31], status: IN_PROGRESS, health: ON_TRACK, effortWeeks: 18, owner: 'Aiko Tanaka', goals: ['search'], metrics: ['Search zero-result rate'], dependsOn: ['events'] },
  { ref: 'tracing', title: 'Tracing across the checkout path', lead: 'CHK', with: ['PLAT'], when: ['this-Q4', 'this-Q4'], shift: [0, -20], status: IN_PROGRESS, health: ON_TRACK, effortWeeks: 4, owner: 'Marco Silva', goals: ['checkout'], metrics: ['p99 checkout latency'] },
  { ref: 'soc2', title: 'Automate SOC 2 evidence collection', lead: 'SEC', when: ['this-Q4', 'next-Q1'], shift: [0, -45], status: IN_PROGRESS, health: AT_RISK, effortWeeks: 8, owner: 'Irene Kowalski', goals: ['security'], dependsOn: ['secrets', 'scanning'] },
  { ref: 'referrals', title: 'Referral programme', lead: 'GROW', when: ['this-Q4', 'this-Q4'], status: IN_PROGRESS, health: ON_TRACK, effortWeeks: 6, owner: 'Rosa Delgado', goals: ['activation'] },
  { ref: 'push', title: 'Rebuild push notifications', lead: 'MOB', with: ['GROW'], when: ['this-Q4', 'this-Q4'], status: IN_PROGRESS, health: OFF_TRACK, effortWeeks: 7, owner: 'Jonas Berg' },
  { ref: 'costBoards', title: 'Per-team cloud cost dashboards', lead: 'DATA', with: ['INFRA'], when: ['this-Q4', 'this-Q4'], shift: [14, 0], status: IN_PROGRESS, health: ON_TRACK, effortWeeks: 4, owner: 'Tomás Varga', goals: ['platform'], metrics: ['Infrastructure cost per order'] },
];

// prettier-ignore
const NEXT_YEAR: DemoInitiative[] = [
  CACHING_LAYER,
  { ref: 'cdn', title: 'Serve product pages from the CDN edge', lead: 'PLAT', with: ['SRCH'], when: ['next-Q1', 'next-Q1'], status: PLANNED, health: ON_TRACK, effortWeeks: 6, owner: 'Ben Adeyemi', goals: ['conversion'], dependsOn: ['k8s'] },
  { ref: 'onePage', title: 'One-page checkout', lead: 'CHK', with: ['MOB', 'GROW'], when: ['next-Q1', 'next-Q2'], shift: [14, 0], status: PLANNED, health: ON_TRACK, effortWeeks: 16, owner: 'Marco Silva', goals: ['conversion', 'checkout'], metrics: ['Checkout conversion rate'], dependsOn: ['tracing'] },
  { ref: 'pricing', title: 'Extract the pricing service', lead: 'CHK', with: ['PLAT'], when: ['next-Q1', 'next-Q1'], shift: [0, -14], status: PLANNED, health: ON_TRACK, effortWeeks: 8, owner: 'Marco Silva', goals: ['checkout'], metrics: ['Checkout error rate'] },
  { ref: 'zeroDowntime', title: 'Zero-downtime deploys for every service', lead: 'PLAT', with: ['INFRA'], when: ['next-Q1', 'next-Q2'], status: PLANNED, health: ON_TRACK, effortWeeks: 12, owner: 'Priya Raman', goals: ['delivery', 'reliability'], metrics: ['Change failure rate'], dependsOn: ['flags'] },
  { ref: 'mobilePerf', title: 'Mobile app start-up under two seconds', lead: 'MOB', when: ['next-Q1', 'next-Q1'], status: PLANNED, health: ON_TRACK, effortWeeks: 6, owner: 'Lena Fischer', goals: ['mobile'], metrics: ['Crash-free sessions'] },
  { ref: 'recs', title: 'Personalised recommendations on the home page', lead: 'DATA', with: ['SRCH', 'GROW'], when: ['next-Q1', 'next-Q2'], shift: [75, 0], status: PLANNED, health: AT_RISK, effortWeeks: 20, owner: 'Tomás Varga', goals: ['personal'], metrics: ['Recommendation click-through'], dependsOn: ['events', 'semantic'] },
  { ref: 'penTest', title: 'External penetration test and fixes', lead: 'SEC', when: ['next-Q1', 'next-Q1'], shift: [30, 0], status: PLANNED, health: ON_TRACK, effortWeeks: 4, owner: 'Irene Kowalski', goals: ['security'], metrics: ['Open high-severity vulnerabilities'] },
  { ref: 'wiki', title: 'Replace the internal wiki', lead: 'PLAT', when: ['next-Q1', 'next-Q1'], status: PROPOSED, health: ON_TRACK, effortWeeks: 3, owner: 'Ben Adeyemi' },
  { ref: 'churnModel', title: 'Churn prediction model for customer success', lead: 'DATA', with: ['GROW'], when: ['next-Q2', 'next-Q2'], shift: [0, -30], status: PLANNED, health: ON_TRACK, effortWeeks: 10, owner: 'Tomás Varga', goals: ['churn'], metrics: ['Monthly churn rate'] },
  { ref: 'winBack', title: 'Win-back campaigns for lapsed customers', lead: 'GROW', when: ['next-Q2', 'next-Q2'], shift: [45, 0], status: PROPOSED, health: ON_TRACK, effortWeeks: 5, owner: 'Rosa Delgado', goals: ['churn'], metrics: ['Monthly churn rate'], dependsOn: ['churnModel'] },
  { ref: 'spot', title: 'Run batch jobs on spot instances', lead: 'INFRA', when: ['next-Q2', 'next-Q2'], status: PLANNED, health: ON_TRACK, effortWeeks: 5, owner: 'Noah Brennan', goals: ['platform'], metrics: ['Infrastructure cost per order'] },
  { ref: 'facets', title: 'Faceted search filters', lead: 'SRCH', when: ['next-Q2', 'next-Q2'], status: PLANNED, health: ON_TRACK, effortWeeks: 6, owner: 'Aiko Tanaka', goals: ['search'] },
  { ref: 'accessReviews', title: 'Automated quarterly access reviews', lead: 'SEC', when: ['next-Q2', 'next-Q2'], status: PROPOSED, health: ON_TRACK, effortWeeks: 3, owner: 'Irene Kowalski', goals: ['security'] },
  { ref: 'sampling', title: 'Sample traces to cut observability cost', lead: 'PLAT', with: ['INFRA'], when: ['next-Q2', 'next-Q2'], status: PROPOSED, health: ON_TRACK, effortWeeks: 4, owner: 'Ben Adeyemi', goals: ['platform'] },
  { ref: 'apiDocs', title: 'Public API v2 documentation site', lead: 'PLAT', when: ['next-Q2', 'next-Q2'], status: PROPOSED, health: ON_TRACK, effortWeeks: 4, owner: 'Ben Adeyemi' },
  { ref: 'stock', title: 'Real-time stock levels in the cache', lead: 'PLAT', with: ['CHK'], when: ['next-Q3', 'next-Q3'], status: PLANNED, health: ON_TRACK, effortWeeks: 8, owner: 'Priya Raman', goals: ['conversion'], dependsOn: ['caching'] },
  { ref: 'nativeCheckout', title: 'Native checkout in the mobile app', lead: 'MOB', with: ['CHK'], when: ['next-Q3', 'next-Q4'], shift: [0, -30], status: PLANNED, health: ON_TRACK, effortWeeks: 14, owner: 'Lena Fischer', goals: ['conversion'], dependsOn: ['onePage'] },
  { ref: 'sharding', title: 'Shard the orders database', lead: 'INFRA', with: ['PLAT', 'CHK'], when: ['next-Q2', 'next-Q3'], shift: [0, -14], status: PROPOSED, health: ON_TRACK, effortWeeks: 30, owner: 'Noah Brennan', goals: ['reliability'], dependsOn: ['multiAz'] },
  { ref: 'loyalty', title: 'Loyalty points', lead: 'GROW', with: ['CHK', 'MOB'], when: ['next-Q3', 'next-Q4'], status: PROPOSED, health: ON_TRACK, effortWeeks: 18, owner: 'Rosa Delgado', goals: ['churn'], metrics: ['Monthly churn rate'] },
  { ref: 'recsEmail', title: 'Recommendations in the weekly email', lead: 'GROW', with: ['DATA'], when: ['next-Q3', 'next-Q3'], shift: [14, 0], status: PROPOSED, health: ON_TRACK, effortWeeks: 5, owner: 'Rosa Delgado', goals: ['personal'], dependsOn: ['recs'] },
  { ref: 'arm', title: 'Move services to ARM instances', lead: 'INFRA', when: ['next-Q3', 'next-Q3'], status: PROPOSED, health: ON_TRACK, effortWeeks: 8, owner: 'Noah Brennan', goals: ['platform'], metrics: ['Infrastructure cost per order'] },
  { ref: 'a11y', title: 'Accessibility pass on the mobile apps', lead: 'MOB', when: ['next-Q3', 'next-Q3'], status: PLANNED, health: ON_TRACK, effortWeeks: 6, owner: 'Jonas Berg' },
  { ref: 'ranking', title: 'Learning-to-rank for search results', lead: 'SRCH', with: ['DATA'], when: ['next-Q3', 'next-Q4'], status: PROPOSED, health: ON_TRACK, effortWeeks: 16, owner: 'Aiko Tanaka', goals: ['search', 'personal'], metrics: ['Search zero-result rate'], dependsOn: ['semantic', 'recs'] },
  { ref: 'multiRegion', title: 'Active-active in a second region', lead: 'INFRA', with: ['PLAT'], when: ['next-Q4', 'next-Q4'], status: PROPOSED, health: AT_RISK, effortWeeks: 26, owner: 'Noah Brennan', goals: ['reliability'], metrics: ['Monthly availability'], dependsOn: ['sharding'] },
  { ref: 'wallets', title: 'Apple Pay and Google Pay everywhere', lead: 'CHK', with: ['MOB'], when: ['next-Q4', 'next-Q4'], status: PROPOSED, health: ON_TRACK, effortWeeks: 6, owner: 'Marco Silva', goals: ['conversion'] },
  { ref: 'retention', title: 'Data retention and deletion policies', lead: 'SEC', with: ['DATA'], when: ['next-Q2', 'next-Q2'], status: PROPOSED, health: ON_TRACK, effortWeeks: 6, owner: 'Irene Kowalski', goals: ['security'] },
  { ref: 'devPortal', title: 'Internal developer portal', lead: 'PLAT', when: ['next-Q4', 'next-Q4'], status: PROPOSED, health: ON_TRACK, effortWeeks: 10, owner: 'Ben Adeyemi' },
  { ref: 'adminSunset', title: 'Retire the legacy admin app', lead: 'PLAT', with: ['SEC'], when: ['next-Q4', 'next-Q4'], shift: [14, 0], status: PROPOSED, health: ON_TRACK, effortWeeks: 5, owner: 'Priya Raman' },
  { ref: 'warehouseCost', title: 'Cut data warehouse spend', lead: 'DATA', when: ['next-Q4', 'next-Q4'], status: PROPOSED, health: ON_TRACK, effortWeeks: 4, owner: 'Tomás Varga', goals: ['platform'], metrics: ['Infrastructure cost per order'] },
];

export const DEMO_INITIATIVES: DemoInitiative[] = [...THIS_YEAR, ...NEXT_YEAR];
