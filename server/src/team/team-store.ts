import { Injectable } from '@nestjs/common';
import { LIMITS } from '@throughline/shared';
import { EntityManager } from 'typeorm';
import { AuditLog, byId, eventsBetween } from '../audit/audit-log';
import { Actor } from '../auth/caller';
import { keyCandidates, teamKeyFrom } from './team-keys';

export interface NewTeam {
  id?: string;
  key: string;
  name: string;
}

interface TeamRow {
  id: string;
  key: string;
  name: string;
}

/** Each team created is one audit event of the actor's. */
function recordCreated(manager: EntityManager, actor: Actor, rows: TeamRow[]): Promise<void> {
  return AuditLog.record(manager, actor, eventsBetween('Team', ['key', 'name'], new Map(), byId(rows)));
}

/**
 * The only code that writes the team table: the API, the Jira sync (teams found in Jira) and the
 * seed all come through here, inside the caller's transaction, and each team made is audited.
 */
@Injectable()
export class TeamStore {
  /** Inserts the teams; returns their ids in order. A taken key fails on the unique constraint. */
  async insert(manager: EntityManager, actor: Actor, teams: NewTeam[]): Promise<string[]> {
    if (!teams.length) return [];
    const rows: TeamRow[] = await manager.query(
      `INSERT INTO team (id, key, name)
       SELECT coalesce(u.id, gen_random_uuid()), u.key, u.name
         FROM (SELECT * FROM unnest($1::uuid[], $2::varchar[], $3::varchar[]) WITH ORDINALITY AS u(id, key, name, n) ORDER BY n) u
       RETURNING id, key, name`,
      [teams.map((t) => t.id ?? null), teams.map((t) => t.key), teams.map((t) => t.name)],
    );
    await recordCreated(manager, actor, rows);
    return rows.map((row) => row.id);
  }

  /** The team with this name (ignoring case, the oldest when several), created when there is none. */
  async findOrCreateByName(manager: EntityManager, actor: Actor, name: string): Promise<string> {
    const trimmed = name.trim().slice(0, LIMITS.name);
    // Names are not unique in the database: the lock keeps two writers from creating one team twice.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('throughline.team.name:' || lower($1)))`, [trimmed]);
    const [found] = await manager.query(`SELECT id FROM team WHERE lower(name) = lower($1) ORDER BY created_at, key LIMIT 1`, [trimmed]);
    if (found) return found.id;
    for (const key of keyCandidates(teamKeyFrom(trimmed))) {
      const id = await this.insertUnlessTaken(manager, actor, key, trimmed);
      if (id) return id;
    }
    throw new Error(`no free team key for "${trimmed}"`);
  }

  /** The team whose key is made from `text` (e.g. a Jira project key), created with `name` when there is none. */
  async findOrCreateByKey(manager: EntityManager, actor: Actor, text: string, name: string): Promise<string> {
    const key = teamKeyFrom(text);
    const id =
      (await this.insertUnlessTaken(manager, actor, key, name.trim().slice(0, LIMITS.name) || key)) ??
      (await manager.query(`SELECT id FROM team WHERE key = $1`, [key]))[0]?.id;
    if (!id) throw new Error(`team ${key} vanished while it was being looked up`);
    return id;
  }

  /** Empties the team table (and what links to it): the seed's reset (the trail keeps what was there). */
  async deleteAll(manager: EntityManager): Promise<void> {
    await manager.query(`TRUNCATE team CASCADE`);
  }

  /** The new team's id, or null when the key is taken (then by a committed team: the insert waits for it). */
  private async insertUnlessTaken(manager: EntityManager, actor: Actor, key: string, name: string): Promise<string | null> {
    const rows: TeamRow[] = await manager.query(
      `INSERT INTO team (key, name) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING RETURNING id, key, name`,
      [key, name],
    );
    await recordCreated(manager, actor, rows);
    return rows[0]?.id ?? null;
  }
}
