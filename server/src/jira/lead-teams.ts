import { LIMITS } from '@throughline/shared';
import { EntityManager } from 'typeorm';

const MAX_KEY = LIMITS.teamKey.max;

/** A valid team key (^[A-Z0-9]{2,10}$) from a Jira project key or a team name. */
export function teamKeyFrom(text: string): string {
  const letters = text
    .normalize('NFKD')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
  if (!letters) return 'TEAM';
  return letters.padEnd(LIMITS.teamKey.min, '0').slice(0, MAX_KEY);
}

/** The candidates for a new team's key, tried in order until one is free: PLATFORM, PLATFORM2, … */
export function* keyCandidates(base: string): Generator<string> {
  yield base;
  for (let n = 2; n < 1000; n++) yield base.slice(0, MAX_KEY - String(n).length) + n;
}

interface LeadTeamSource {
  teamName: string | null;
  projectKey: string;
  projectName: string;
}

/**
 * Finds or creates the lead team of imported issues: the Atlassian Team by name, else a team for
 * the Jira project by key. Remembers answers for a run; teams created in a transaction are only
 * remembered once `settle()` says it committed.
 */
export class LeadTeams {
  private readonly known = new Map<string, string>();
  private pending = new Map<string, string>();

  async idFor(manager: EntityManager, issue: LeadTeamSource): Promise<string> {
    const name = issue.teamName?.trim().slice(0, LIMITS.name);
    const cacheKey = name ? `name:${name.toLowerCase()}` : `key:${teamKeyFrom(issue.projectKey)}`;
    const cached = this.known.get(cacheKey) ?? this.pending.get(cacheKey);
    if (cached) return cached;
    const id = name ? await this.byName(manager, name) : await this.byProject(manager, issue);
    this.pending.set(cacheKey, id);
    return id;
  }

  /** After the transaction that used `idFor`: keep its answers on commit, forget them on rollback. */
  settle(committed: boolean): void {
    if (committed) for (const [key, id] of this.pending) this.known.set(key, id);
    this.pending = new Map();
  }

  private async byName(manager: EntityManager, name: string): Promise<string> {
    // Names are not unique in the database: the lock keeps two runs from creating the same team twice.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('throughline.team.name:' || lower($1)))`, [name]);
    const [found] = await manager.query(`SELECT id FROM team WHERE lower(name) = lower($1) ORDER BY created_at, key LIMIT 1`, [name]);
    if (found) return found.id;
    for (const key of keyCandidates(teamKeyFrom(name))) {
      const id = await insertTeam(manager, key, name);
      if (id) return id;
    }
    throw new Error(`no free team key for "${name}"`);
  }

  private async byProject(manager: EntityManager, issue: LeadTeamSource): Promise<string> {
    const key = teamKeyFrom(issue.projectKey);
    const name = (issue.projectName || issue.projectKey).trim().slice(0, LIMITS.name) || key;
    const id = (await insertTeam(manager, key, name)) ?? (await manager.query(`SELECT id FROM team WHERE key = $1`, [key]))[0]?.id;
    if (!id) throw new Error(`team ${key} vanished while it was being looked up`);
    return id;
  }
}

/** The new team's id, or null when the key is taken (then by a committed team: the insert waits for it). */
async function insertTeam(manager: EntityManager, key: string, name: string): Promise<string | null> {
  const rows = await manager.query(`INSERT INTO team (key, name) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING RETURNING id`, [key, name]);
  return rows[0]?.id ?? null;
}
