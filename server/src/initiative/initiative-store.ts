import { Injectable } from '@nestjs/common';
import { AuditAction, Health, InitiativeStatus } from '@throughline/shared';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AuditLog, changesBetween, eventsBetween } from '../audit/audit-log';
import { Actor } from '../auth/caller';
import { DEPENDENCY_FIELDS } from './dependency-audit';
import { deleteLinks, insertLinks, LinkPair, LinkSets, replaceLinkSets } from './initiative-links';
import { InitiativeEntity } from './initiative.entity';
import { AUDITED_FIELDS, CASCADED_RISK_FIELDS, InitiativeSnapshot, snapshotCascade, snapshotInitiatives } from './initiative-snapshot';

// Each writable column with its Postgres type, for the unnest() that writes a batch in one statement.
const COLUMNS = {
  title: ['title', 'varchar'],
  description: ['description', 'text'],
  status: ['status', 'initiative_status'],
  health: ['health', 'health'],
  startDate: ['start_date', 'date'],
  endDate: ['end_date', 'date'],
  owner: ['owner', 'varchar'],
  effortWeeks: ['effort_weeks', 'float8'],
  leadTeamId: ['lead_team_id', 'uuid'],
  externalKey: ['external_key', 'varchar'],
  externalUrl: ['external_url', 'varchar'],
  progress: ['progress', 'float8'],
} as const;

export type InitiativeField = keyof typeof COLUMNS;

/** A metric link's outcome window lengths in days; null: the contract's default. */
export interface MetricLinkWindows {
  preDays: number | null;
  settleDays: number | null;
  postDays: number | null;
}
const METRIC_LINK_WINDOW_FIELDS = ['preDays', 'settleDays', 'postDays'] as const;
export type InitiativeValues = { [K in InitiativeField]: InitiativeEntity[K] };
/** Values to write; null clears (the database refuses it where a column is required). */
export type GivenValues = { [K in InitiativeField]?: InitiativeValues[K] | null };
const ALL_FIELDS = Object.keys(COLUMNS) as InitiativeField[];

export type NewInitiative = GivenValues &
  LinkSets & {
    id?: string;
    title: string;
    /** Only tests choose keys (to order by them); everything else gets the next "TL-n". */
    key?: string;
  };

export interface InitiativeChange {
  id: string;
  /** When given, the row changes only if it is still at this version (else it is left out). */
  version?: number;
  values: GivenValues;
  /** Link sets to replace when the row is written; the lead team stays one of the teams. */
  links?: LinkSets;
}

export interface UpdateOptions {
  /** Write (and bump the version of) only the rows whose values really differ. */
  onlyIfChanged: boolean;
  /** A new lead team replaces the old one among the teams too (the Jira sync's rule). */
  replacedLeadLeaves?: boolean;
}

/**
 * `unnest($1::uuid[], $2::varchar[], …) AS u(id, title, …)` for the fields after the leading
 * columns; numbered rows (`u.n`) when `numbered`.
 */
function unnestOf(leading: Array<[string, string]>, fields: InitiativeField[], numbered = false): string {
  const columns = [...leading, ...fields.map((field) => COLUMNS[field])];
  const arrays = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
  const names = columns.map(([name]) => name);
  return numbered ? `unnest(${arrays}) WITH ORDINALITY AS u(${[...names, 'n'].join(', ')})` : `unnest(${arrays}) AS u(${names.join(', ')})`;
}

/**
 * The only code that writes the initiative table and its link tables (teams, goals, metrics):
 * the API, the Jira sync, the CSV import and the seed all come through here, in sets, inside the
 * caller's transaction. Its rules hold for every writer: keys come from one sequence ("TL-n"),
 * the lead team is always one of the teams, and every write bumps the row's version. Each
 * initiative it creates, changes or deletes is one audit event of the actor's, with the before
 * and after of every field that changed (link sets as id lists), read in the same transaction.
 */
@Injectable()
export class InitiativeStore {
  /** Inserts the rows with the next keys, in order; returns their ids and keys in the same order. */
  async insert(manager: EntityManager, actor: Actor, rows: NewInitiative[]): Promise<Array<{ id: string; key: string }>> {
    if (!rows.length) return [];
    const full = rows.map((row) => ({ ...withDefaults(row), id: row.id ?? randomUUID(), key: row.key ?? null }));
    const names = ALL_FIELDS.map((field) => COLUMNS[field][0]).join(', ');
    const inserted: Array<{ id: string; key: string }> = await manager.query(
      `INSERT INTO initiative (id, key, ${names})
       SELECT u.id, coalesce(u.key, 'TL-' || nextval('initiative_key_seq')), ${ALL_FIELDS.map((field) => `u.${COLUMNS[field][0]}`).join(', ')}
         FROM (SELECT * FROM ${unnestOf(
           [
             ['id', 'uuid'],
             ['key', 'varchar'],
           ],
           ALL_FIELDS,
           true,
         )} ORDER BY n) u
       RETURNING id, key`,
      [full.map((row) => row.id), full.map((row) => row.key), ...ALL_FIELDS.map((field) => full.map((row) => row[field]))],
    );
    const keyOf = new Map(inserted.map((row) => [row.id, row.key]));
    await this.insertLinkSets(manager, full);
    await this.recordChanges(
      manager,
      actor,
      new Map(),
      inserted.map((row) => row.id),
    );
    return full.map((row) => ({ id: row.id, key: keyOf.get(row.id)! }));
  }

  /** Sets `fields` of each row to its values; returns the ids of the rows written. */
  async update(
    manager: EntityManager,
    actor: Actor,
    fields: InitiativeField[],
    rows: InitiativeChange[],
    options: UpdateOptions,
  ): Promise<string[]> {
    if (!rows.length) return [];
    const before = await snapshotInitiatives(
      manager,
      rows.map((r) => r.id),
      true,
    );
    const assignments = fields.map((field) => `${COLUMNS[field][0]} = u.${COLUMNS[field][0]}`);
    const row = (prefix: string) => fields.map((field) => `${prefix}.${COLUMNS[field][0]}`).join(', ');
    const changed = options.onlyIfChanged && fields.length ? `AND ROW(${row('i')}) IS DISTINCT FROM ROW(${row('u')})` : '';
    const [updated]: [Array<{ id: string; lead_team_id: string | null }>] = await manager.query(
      `UPDATE initiative i SET ${[...assignments, 'version = i.version + 1', 'updated_at = now()'].join(', ')}
         FROM ${unnestOf(
           [
             ['id', 'uuid'],
             ['expected_version', 'int'],
           ],
           fields,
         )}
        WHERE i.id = u.id AND (u.expected_version IS NULL OR i.version = u.expected_version) ${changed}
       RETURNING i.id, i.lead_team_id`,
      [rows.map((r) => r.id), rows.map((r) => r.version ?? null), ...fields.map((field) => rows.map((r) => r.values[field] ?? null))],
    );
    if (fields.includes('leadTeamId')) await this.relinkLeadTeams(manager, updated, options.replacedLeadLeaves ? before : new Map());
    await this.replaceLinksOf(manager, rows, updated);
    const written = updated.map((r) => r.id);
    await this.recordChanges(manager, actor, before, written);
    return written;
  }

  /** Deletes it with its links, dependencies and risks (an event for each); false when there was none. */
  async delete(manager: EntityManager, actor: Actor, id: string): Promise<boolean> {
    const before = await snapshotInitiatives(manager, [id], true);
    if (!before.size) return false;
    const cascade = await snapshotCascade(manager, [id]);
    await manager.query(`DELETE FROM initiative WHERE id = $1`, [id]);
    await AuditLog.record(manager, actor, [
      ...eventsBetween('Initiative', AUDITED_FIELDS, before, new Map()),
      ...eventsBetween('Dependency', DEPENDENCY_FIELDS, cascade.dependencies, new Map()),
      ...eventsBetween('Risk', CASCADED_RISK_FIELDS, cascade.risks, new Map()),
    ]);
    return true;
  }

  /**
   * Sets the outcome windows of one initiative-metric link (null: the default), if the initiative
   * is still at `version` (bumped: the link is part of the initiative). One audit event on the link
   * ("InitiativeMetric", id "<initiative id>:<metric id>"). 'not-linked' when the metric is not one
   * the initiative should move, 'stale' when the version moved on.
   */
  async setMetricWindows(
    manager: EntityManager,
    actor: Actor,
    change: { initiativeId: string; metricId: string; version: number; windows: MetricLinkWindows },
  ): Promise<'written' | 'not-linked' | 'stale'> {
    const { initiativeId, metricId, version, windows } = change;
    const [before]: MetricLinkWindows[] = await manager.query(
      `SELECT pre_days AS "preDays", settle_days AS "settleDays", post_days AS "postDays"
         FROM initiative_metric WHERE initiative_id = $1 AND metric_id = $2 FOR UPDATE`,
      [initiativeId, metricId],
    );
    if (!before) return 'not-linked';
    const [bumped]: [unknown[]] = await manager.query(
      `UPDATE initiative SET version = version + 1, updated_at = now() WHERE id = $1 AND version = $2 RETURNING id`,
      [initiativeId, version],
    );
    if (!bumped.length) return 'stale';
    await manager.query(
      `UPDATE initiative_metric SET pre_days = $3, settle_days = $4, post_days = $5 WHERE initiative_id = $1 AND metric_id = $2`,
      [initiativeId, metricId, windows.preDays, windows.settleDays, windows.postDays],
    );
    await AuditLog.record(manager, actor, [
      {
        action: AuditAction.UPDATE,
        entityType: 'InitiativeMetric',
        entityId: `${initiativeId}:${metricId}`,
        changes: changesBetween(before, windows, METRIC_LINK_WINDOW_FIELDS),
      },
    ]);
    return 'written';
  }

  /**
   * Empties the initiative tables (with their dependencies) and restarts the keys at TL-1: the
   * seed's reset. The trail keeps what was there; it records the reset, not each row it clears.
   */
  async deleteAll(manager: EntityManager): Promise<void> {
    await manager.query(`TRUNCATE initiative_team, initiative_goal, initiative_metric, dependency, initiative CASCADE`);
    await manager.query(`ALTER SEQUENCE initiative_key_seq RESTART WITH 1`);
  }

  /** One event per initiative whose audited state differs from `before` (CREATE when it had none). */
  private async recordChanges(manager: EntityManager, actor: Actor, before: Map<string, InitiativeSnapshot>, ids: string[]): Promise<void> {
    const after = await snapshotInitiatives(manager, ids, false);
    const written = new Map(ids.flatMap((id) => (before.has(id) ? [[id, before.get(id)!]] : [])));
    await AuditLog.record(manager, actor, eventsBetween('Initiative', AUDITED_FIELDS, written, after));
  }

  /** Replaces the given link sets of the rows written; each lead team stays one of its teams. */
  private async replaceLinksOf(
    manager: EntityManager,
    rows: InitiativeChange[],
    updated: Array<{ id: string; lead_team_id: string | null }>,
  ) {
    const leadOf = new Map(updated.map((row) => [row.id, row.lead_team_id]));
    for (const { id, links } of rows) {
      if (!links || !leadOf.has(id)) continue;
      const lead = leadOf.get(id);
      const teamIds = links.teamIds && lead ? [...new Set([...links.teamIds, lead])] : links.teamIds;
      await replaceLinkSets(manager, id, { ...links, teamIds });
    }
  }

  private async insertLinkSets(manager: EntityManager, rows: Array<LinkSets & { id: string; leadTeamId: string | null }>): Promise<void> {
    const pairs = (row: { id: string }, ids: Array<string | null | undefined>): LinkPair[] =>
      [...new Set(ids.filter((id): id is string => !!id))].map((target) => [row.id, target]);
    await insertLinks(
      manager,
      'teamIds',
      rows.flatMap((row) => pairs(row, [...(row.teamIds ?? []), row.leadTeamId])),
    );
    await insertLinks(
      manager,
      'goalIds',
      rows.flatMap((row) => pairs(row, row.goalIds ?? [])),
    );
    await insertLinks(
      manager,
      'metricIds',
      rows.flatMap((row) => pairs(row, row.metricIds ?? [])),
    );
  }

  /** The lead team is always one of an initiative's teams; a replaced lead leaves with its role when asked. */
  private async relinkLeadTeams(
    manager: EntityManager,
    updated: Array<{ id: string; lead_team_id: string | null }>,
    before: Map<string, InitiativeSnapshot>,
  ): Promise<void> {
    const replaced = updated.flatMap((row): LinkPair[] => {
      const previous = before.get(row.id)?.leadTeamId;
      return previous && previous !== row.lead_team_id ? [[row.id, previous]] : [];
    });
    await deleteLinks(manager, 'teamIds', replaced);
    await insertLinks(
      manager,
      'teamIds',
      updated.flatMap((row): LinkPair[] => (row.lead_team_id ? [[row.id, row.lead_team_id]] : [])),
    );
  }
}

function withDefaults(row: NewInitiative): InitiativeValues & LinkSets {
  const values = Object.fromEntries(ALL_FIELDS.map((field) => [field, row[field] ?? null])) as InitiativeValues;
  return {
    ...row,
    ...values,
    status: row.status ?? InitiativeStatus.PROPOSED,
    health: row.health ?? Health.ON_TRACK,
  };
}
