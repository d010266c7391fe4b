import { LIMITS } from '@throughline/shared';
import { EntityManager } from 'typeorm';
import { Actor } from '../../auth/caller';
import { TeamStore } from '../../team/team-store';

interface LeadTeamSource {
  teamName: string | null;
  projectKey: string;
  projectName: string;
}

/**
 * Finds or creates (through the team store) the lead team of imported issues: the Atlassian Team
 * by name, else a team for the Jira project by key. Remembers answers for a run; teams created in
 * a transaction are only remembered once `settle()` says it committed.
 */
export class LeadTeams {
  private readonly known = new Map<string, string>();
  private pending = new Map<string, string>();

  constructor(
    private readonly teams: TeamStore,
    private readonly actor: Actor,
  ) {}

  async idFor(manager: EntityManager, issue: LeadTeamSource): Promise<string> {
    const name = issue.teamName?.trim().slice(0, LIMITS.name);
    const cacheKey = name ? `name:${name.toLowerCase()}` : `project:${issue.projectKey}`;
    const cached = this.known.get(cacheKey) ?? this.pending.get(cacheKey);
    if (cached) return cached;
    const id = name
      ? await this.teams.findOrCreateByName(manager, this.actor, name)
      : await this.teams.findOrCreateByKey(manager, this.actor, issue.projectKey, issue.projectName || issue.projectKey);
    this.pending.set(cacheKey, id);
    return id;
  }

  /** After the transaction that used `idFor`: keep its answers on commit, forget them on rollback. */
  settle(committed: boolean): void {
    if (committed) for (const [key, id] of this.pending) this.known.set(key, id);
    this.pending = new Map();
  }
}
